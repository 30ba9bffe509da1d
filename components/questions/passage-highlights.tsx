"use client";

import { useEffect } from "react";
import { readValue } from "@/lib/question-types/definition";
import { evidenceType } from "@/lib/question-types/evidence";
import type { Highlight as Passage } from "@/lib/question-types/passage";
import { techniqueType } from "@/lib/question-types/technique";
import { rangeFor } from "@/lib/passages/dom";
import { useAnswerValues } from "./answer-session";
import { usePendingSelection } from "./pending-selection";

/**
 * Paints the learner's passages on the article with the CSS Custom Highlight API: the verbatim
 * text's DOM is never rewrapped. Where the API is missing, the passages still appear as quotes in
 * their answers.
 */
export function PassageHighlights() {
  const values = useAnswerValues();
  const pending = usePendingSelection();

  useEffect(() => {
    if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const evidence: Passage[] = [];
    const technique: Passage[] = [];
    for (const value of values.values()) {
      evidence.push(...readValue(evidenceType, value).highlights);
      technique.push(...readValue(techniqueType, value).tags);
    }
    const paint = (name: string, passages: readonly Passage[]) => {
      const ranges = passages.flatMap((passage) => rangeFor(passage) ?? []);
      CSS.highlights.set(name, new Highlight(...ranges));
    };
    paint("recits-evidence", evidence);
    paint("recits-technique", technique);
    paint("recits-pending", pending);
  }, [values, pending]);

  useEffect(
    () => () => {
      if (typeof CSS !== "undefined" && "highlights" in CSS) {
        ["recits-evidence", "recits-technique", "recits-pending"].forEach((name) => CSS.highlights.delete(name));
      }
    },
    [],
  );
  return null;
}
