/**
 * Whether the browser reached the app over HTTPS, which decides whether session cookies carry the
 * Secure flag (and the `__Secure-` prefix). A browser drops a Secure cookie set over plain HTTP on
 * any host but localhost, so a school server on `http://<address>:3000` must get plain cookies.
 *
 * APP_URL's scheme decides when it is set. Otherwise X-Forwarded-Proto does: Next.js fills it from
 * the connection itself when no proxy sent one, and a proxy that terminates TLS sets it to https.
 * A client that forges the header only changes its own cookie.
 */
export function isSecureConnection(headers: Headers, appUrl: string | undefined): boolean {
  if (appUrl) return appUrl.startsWith("https:");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
}
