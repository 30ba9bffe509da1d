import { notFound } from "next/navigation";
import { isBenchBuild } from "@/lib/env";

export const dynamic = "force-static";

/**
 * /bench/hello — a Next.js hello-world page in the same build, the yardstick `npm run bench`
 * divides by. It exists only in a build made with BENCH_HELLO=1 (the benchmark's own build).
 */
export default function HelloPage() {
  if (!isBenchBuild()) notFound();
  return <p>Hello, world</p>;
}
