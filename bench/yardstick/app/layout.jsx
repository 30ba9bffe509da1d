/** The bare document of the benchmark's yardstick app (scripts/lib/yardstick.ts). */
export default function Layout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
