import type { ReactNode } from "react";

/** The bare document of the benchmark's yardstick page (see ./hello/page.tsx). */
export default function BenchLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
