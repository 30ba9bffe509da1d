import "server-only";
import { headers } from "next/headers";
import { isSecureConnection } from "@/lib/auth/connection";
import { env } from "@/lib/env";

/**
 * The address students type to reach this app, for the join code panel and the printed slips:
 * APP_URL when set, otherwise the host this request came to (a school server's own address).
 */
export async function requestOrigin(): Promise<string> {
  const { APP_URL } = env();
  if (APP_URL) return APP_URL.replace(/\/+$/, "");
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  return `${isSecureConnection(requestHeaders, APP_URL) ? "https" : "http"}://${host}`;
}
