import type { SignedIn } from "@/lib/auth/signed-in";
import { endpoint, privateJson } from "@/lib/http/route";

/**
 * GET /api/session — who is signed in, by name and role, for the header of pages that are the same
 * for everyone (the one thing they need to know about their visitor). No session token or id
 * leaves the server; a request without a cookie costs no query.
 */
export const { GET, POST, PUT, PATCH, DELETE } = endpoint({
  method: "GET",
  route: "GET /api/session",
  async handle({ session }) {
    const { viewer, name } = await session();
    return privateJson({
      signedIn: viewer && !viewer.isGuest ? { name: name ?? "", role: viewer.role === "TEACHER" ? "teacher" : "student" } : null,
    } satisfies SignedIn);
  },
});
