import { randomInt } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { studentEmail } from "@/lib/classes/students";

/**
 * Real sessions for integration tests of Node handlers: signed in through better-auth's own
 * endpoint (a fresh client address each, clear of the limiter), and a throwaway HTTP server
 * around a handler to send them to.
 */

const headersFrom = (cookie?: string) =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": `198.51.100.${randomInt(1, 255)}`, "x-forwarded-proto": "http", ...(cookie ? { cookie } : {}) });

/** The cookie header of a new session for this account (a teacher's e-mail, or a student's id). */
export async function sessionCookie(account: { email: string; password: string } | { id: string; password: string }): Promise<string> {
  const email = "email" in account ? account.email : studentEmail(account.id);
  const response = await callAuthEndpoint(headersFrom(), "/sign-in/email", { email, password: account.password });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  return response.setCookie.map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Serves `handler` on a free local port for the duration of `work`. */
export async function withServer<T>(handler: http.RequestListener, work: (origin: string) => Promise<T>): Promise<T> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
