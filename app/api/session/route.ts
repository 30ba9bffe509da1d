import { resolveSession } from "@/lib/auth/session";
import type { SignedIn } from "@/lib/auth/signed-in";
import { requestLocale } from "@/lib/http/api";
import { errorResponse, methodNotAllowed, withCookies } from "@/lib/http/web";

/**
 * GET /api/session — who is signed in, by name and role, for the header of pages that are the same
 * for everyone (the one thing they need to know about their visitor). No session token or id
 * leaves the server; a request without a cookie costs no query.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const { viewer, name, setCookie } = await resolveSession(request.headers);
    const body: SignedIn = { signedIn: viewer && !viewer.isGuest ? { name: name ?? "", role: viewer.role === "TEACHER" ? "teacher" : "student" } : null };
    return withCookies(Response.json(body, { headers: { "cache-control": "private, no-store" } }), setCookie);
  } catch (error) {
    return errorResponse(error, requestLocale(request.headers), { route: "GET /api/session" });
  }
}

/** Every other method: the app's own 405, in JSON like every refusal. */
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
