/** What GET /api/session answers: who is signed in, by name and role, or nobody (a guest counts as nobody). Client-safe. */
export type SignedIn = { signedIn: { name: string; role: "teacher" | "student" } | null };
