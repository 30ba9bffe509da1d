import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";

/** Locale routing only; every access check lives in layouts, handlers and domain functions. */
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
