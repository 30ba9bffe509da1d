/** Stable keys of the exercise rows that content/ is synced into. */
export const exerciseKeyForArticle = (slug: string) => `article:${slug}`;

/** Attempt.scope for self-study (assignment attempts use the assignment id). */
export const SELF_STUDY_SCOPE = "self";

/** The cross-article exercise: filling the narrative matrix. */
export const COMPARISON_EXERCISE_KEY = "comparison";
