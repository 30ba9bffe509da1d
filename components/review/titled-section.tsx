import type { ReactNode } from "react";

type Props = Readonly<{ id: string; title: ReactNode; level?: 2 | 3; intro?: ReactNode; className?: string; children: ReactNode }>;

/** A section named by its heading (a landmark a screen reader lists), with an optional line under it. */
export function TitledSection({ id, title, level = 2, intro, className = "", children }: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id} className={level === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {title}
      </Heading>
      {intro && <p className="mt-1 max-w-3xl text-muted">{intro}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}
