/** Why a value was refused, beyond its shape; each code is an AppError code the learner is shown. */
export type ValueProblem =
  | { code: "TOO_LONG"; max: number }
  | { code: "TOO_MANY_PASSAGES"; max: number }
  | { code: "TOO_MANY_SOURCES"; max: number }
  | { code: "INVALID_URL" }
  | { code: "WRONG_TYPE" }
  | { code: "INVALID_INPUT" }
  | { code: "ESTIMATE_BEFORE_FIRST" }
  | { code: "CONTROL_EXCERPT" };

/** The article's text by block id, so passages can be checked against the words they claim. */
export type BlockTexts = ReadonlyMap<string, string>;
