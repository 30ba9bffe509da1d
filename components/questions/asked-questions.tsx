"use client";

import type { ReactNode } from "react";
import { questionKeysOf } from "@/lib/assignments/questions";
import { useAnswerSession } from "./answer-session";

/**
 * The reader's page is the same for everyone, with every question of the article; in an
 * assignment's context only those it asks are shown (lib/assignments/questions.ts), once the
 * learner's state says which. The others stay in the page, hidden: their answers, if any, are kept.
 */

/** Of `keys` (content's order), those the page asks: all of them outside an assignment, or until the learner's state has arrived. */
export function useAskedKeys(keys: readonly string[]): string[] {
  const { learner } = useAnswerSession();
  const assignment = learner?.assignment;
  return assignment
    ? questionKeysOf(
        assignment,
        keys.map((key) => ({ key })),
      )
    : [...keys];
}

/** One question's card, hidden when the assignment does not ask it. */
export function AskedQuestion({ questionKey, className, children }: Readonly<{ questionKey: string; className?: string; children: ReactNode }>) {
  const hidden = useAskedKeys([questionKey]).length === 0;
  return (
    <li id={`q-${questionKey}`} className={className} hidden={hidden}>
      {children}
    </li>
  );
}

/** A stage of the reading method, hidden when the assignment asks none of its questions. */
export function AskedStage({
  keys,
  labelledBy,
  className,
  children,
}: Readonly<{ keys: readonly string[]; labelledBy: string; className?: string; children: ReactNode }>) {
  const hidden = useAskedKeys(keys).length === 0;
  return (
    <section aria-labelledby={labelledBy} className={className} hidden={hidden}>
      {children}
    </section>
  );
}
