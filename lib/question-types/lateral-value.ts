import { z } from "zod";
import { LATERAL_LIMITS, TRUST_LEVELS } from "./lateral-limits";

export { LATERAL_LIMITS, TRUST_LEVELS };

/**
 * A lateral-reading trail: the sources the learner consulted to find out who is behind an outlet or
 * an author, in the order added, each with what it says and how far the learner trusts it, then the
 * verdict. Times are the browser's (ISO); the editor writes them, the learner never types them.
 */

const isoTime = z.iso.datetime({ offset: true });
/** Lengths are checked by the type's rules, so that an over-long field reads as "too long", not as a wrong shape. */
const entryFields = {
  says: z.string(),
  trust: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  why: z.string(),
  at: isoTime,
};

/** A page on the open web, by its address. */
const webEntrySchema = z.strictObject({ url: z.string(), ...entryFields });
/** One of the app's source cards, when the school network blocks the open web (offline). */
const cardEntrySchema = z.strictObject({ card: z.string(), ...entryFields });

export const lateralValueSchema = z.strictObject({
  trail: z.array(z.union([webEntrySchema, cardEntrySchema])),
  verdict: z.string(),
  /** When the learner first opened the search or added a source. */
  startedAt: isoTime.nullable(),
  /** When the verdict was first written (null while it is blank). */
  verdictAt: isoTime.nullable(),
  /** The learner said the network blocks the sites: the trail may use the app's source cards. */
  offline: z.boolean(),
});
export type LateralValue = z.infer<typeof lateralValueSchema>;
export type TrailEntry = LateralValue["trail"][number];
