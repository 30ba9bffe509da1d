/** Answer constants shared with client components (no zod here, to keep it out of the bundle). */

/** The key of the "Other (explain)" choice. */
export const OTHER = "other";
/** Longest "other, explain" text. */
export const OTHER_MAX_LENGTH = 1_000;
/** Longest passage quoted in a cell of the comparison exercise. */
export const MATRIX_PASSAGE_MAX_LENGTH = 600;
