import type { ReactNode } from "react";

/** The frame of the sign-in, sign-up and join pages: one narrow column, the form, then where else to go. */
export function AuthPage({ title, intro, children, aside }: Readonly<{ title: ReactNode; intro: ReactNode; children: ReactNode; aside: ReactNode }>) {
  return (
    <div className="mx-auto max-w-lg px-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <p className="mt-2 leading-relaxed text-muted">{intro}</p>
      <div className="card mt-6 p-5">{children}</div>
      <div className="mt-6 space-y-2 text-sm">{aside}</div>
    </div>
  );
}
