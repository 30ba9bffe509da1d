import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";

/** Locale routing only; every access check lives in layouts, handlers and domain functions. */
export default createMiddleware(routing);

export const config = {
  // bench/: the benchmark's yardstick page, outside the localised routes.
  matcher: "/((?!api|bench|_next|_vercel|.*\\..*).*)",
};
