import "server-only";
import { GUEST_SIGN_IN_PATH } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, requestLocale } from "@/lib/http/api";
import { errorResponse, readBody } from "@/lib/http/route";
import { handleAuthRequest } from "./handler";

/**
 * What of better-auth answers from outside (app/api/auth/[...all]): reading one's session, signing
 * out, becoming a guest, its health check. Signing in and up, passwords and accounts go through
 * the app's server actions only (lib/auth/actions.ts, lib/classes/join-actions.ts), behind its
 * limits and rules; any other path reads as not found.
 */
const PUBLIC: Readonly<Record<string, readonly string[]>> = {
  GET: ["/get-session", "/ok"],
  POST: ["/sign-out", GUEST_SIGN_IN_PATH],
};

/** Their bodies are a few fields: anything larger is refused before it is read, not parsed whole. */
export const AUTH_BODY_BYTES = 16 * 1024;

export async function handlePublicAuthRequest(received: Request): Promise<Response> {
  const path = new URL(received.url).pathname.replace(/^\/api\/auth/, "");
  let request = received;
  try {
    if (request.method !== "GET" && request.method !== "HEAD") {
      if (Number(request.headers.get("content-length") ?? "0") > AUTH_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE");
      // better-auth checks the origin only of requests that carry cookies; a sign-in from another
      // site (logging a learner into someone else's account) is refused here too.
      assertSameOrigin(request.headers);
      request = new Request(received.url, {
        method: received.method,
        headers: received.headers,
        body: new Uint8Array(await readBody(received, AUTH_BODY_BYTES)),
      });
    }
    if (!PUBLIC[request.method]?.includes(path)) throw new AppError("NOT_FOUND");
  } catch (error) {
    return errorResponse(error, requestLocale(request.headers), { route: "/api/auth" });
  }
  const response = await handleAuthRequest(request);
  return path === "/get-session" ? withoutSessionToken(response) : response;
}

/** The session as page scripts may read it: without its token (the cookie is HttpOnly for a reason). */
async function withoutSessionToken(response: Response): Promise<Response> {
  const body = (await response.json().catch(() => null)) as { session?: Record<string, unknown> } | null;
  if (body?.session) delete body.session.token;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
