import { randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";

const unique = () => randomBytes(6).toString("hex");

/** A learner row as better-auth would create it for a guest; unique, so tests never collide. */
export async function createLearner(options: { guest?: boolean } = {}): Promise<Viewer> {
  const id = `test-${unique()}`;
  await db().user.create({
    data: { id, name: "Test learner", email: `${id}@guest.invalid`, isAnonymous: options.guest ?? true },
  });
  return { id, role: "LEARNER", isGuest: options.guest ?? true };
}

export const newSaveId = () => `save-${unique()}`;
