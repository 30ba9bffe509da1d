import { defineQuestionType } from "./definition";
import type { MatrixValue } from "./matrix-value";

export type { MatrixValue } from "./matrix-value";

/** The comparison exercise: it has no entry in a question set, it is this one kind. */
export type MatrixQuestion = { type: "matrix" };

/** Longest passage quoted in a cell of the comparison exercise. */
export const MATRIX_PASSAGE_MAX_LENGTH = 600;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

export const matrixType = defineQuestionType<MatrixQuestion, MatrixValue>({
  kind: "matrix",
  empty: { cells: {} },
  answered: {
    field: "cells",
    test: (cells) =>
      isRecord(cells) && Object.values(cells).some((row) => isRecord(row) && Object.values(row).some((cell) => isRecord(cell) && cell.uses === true)),
    sql: (v) => `jsonb_path_exists(${v}, '$.cells.*.*.uses ? (@ == true)')`,
  },
  limits: () => ({ text: MATRIX_PASSAGE_MAX_LENGTH }),
  /** Known articles and narratives only (an unknown context knows none), passages within their length. */
  check: (_question, value, { articles, narratives }) => {
    for (const [article, row] of Object.entries(value.cells)) {
      if (!articles?.has(article)) return { code: "INVALID_INPUT" };
      for (const [narrative, cell] of Object.entries(row)) {
        if (!narratives?.has(narrative)) return { code: "INVALID_INPUT" };
        if ((cell.passage?.length ?? 0) > MATRIX_PASSAGE_MAX_LENGTH) return { code: "TOO_LONG", max: MATRIX_PASSAGE_MAX_LENGTH };
      }
    }
    return null;
  },
  view: (_question, value) => ({
    as: "matrix",
    found: Object.entries(value.cells).flatMap(([article, row]) =>
      Object.entries(row)
        .filter(([, cell]) => cell.uses)
        .map(([narrative, cell]) => ({ article, narrative, ...(cell.passage ? { passage: cell.passage } : {}) })),
    ),
  }),
});
