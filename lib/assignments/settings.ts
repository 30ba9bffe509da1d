import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a copy of an assignment takes from it (lib/assignments/mutations.ts): the teacher's settings,
 * what to work on and how it is shown, and nothing of its life in its class (when it is due,
 * whether it was closed or its commentary released, its students' work). One list for the read and
 * the write: a new setting on Assignment (a subset of its questions, say) is one line here, and
 * tests/unit/assignments/settings.test.ts fails until every column of Assignment is in one of the
 * two lists below.
 */
export const COPIED_SETTINGS = {
  exerciseId: true,
  revealPolicy: true,
  questionKeys: true,
} as const satisfies Prisma.AssignmentSelect;

/**
 * The columns a copy does not take, and why. Relations are not copied either: the attempts are its
 * students' work, and anything of the class's own (its students, groups of them) means nothing in
 * another class.
 */
export const NOT_COPIED = {
  id: "the copy's own",
  classId: "the class the copy is made in",
  dueAt: "none, unless the teacher chooses one for the copy",
  closedAt: "a copy starts open",
  releasedAt: "a copy's commentary is not released yet",
  audience: "a copy is for the whole class: the groups and students the source named are its class's",
  createdAt: "when the copy is made",
  updatedAt: "when the copy is made",
} as const satisfies Partial<Record<Prisma.AssignmentScalarFieldEnum, string>>;

/** An assignment's settings, as read with COPIED_SETTINGS. */
export type CopiedSettings = Prisma.AssignmentGetPayload<{ select: typeof COPIED_SETTINGS }>;

/** The settings of `source` (a row read with COPIED_SETTINGS, maybe with more) as a new assignment takes them. */
export function copiedSettings(source: CopiedSettings): CopiedSettings {
  return Object.fromEntries(Object.keys(COPIED_SETTINGS).map((field) => [field, source[field as keyof CopiedSettings]])) as CopiedSettings;
}
