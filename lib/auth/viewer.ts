/**
 * Who is acting: derived from the session only, never from a request body (./session.ts). `sessionId`:
 * the session it came from (a save checks it is still live in the same statement:
 * lib/answers/upsert.ts). A module of its own, importing nothing, so that the policies of every
 * domain can name it without depending on the sign-in machinery.
 */
export type Viewer = { id: string; role: "LEARNER" | "TEACHER"; isGuest: boolean; sessionId?: string };
