"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { SignInAgainLink } from "@/components/forms/sign-in-again-link";
import { Link } from "@/i18n/navigation";
import { answerAnchor, studentReviewPath } from "@/lib/review/paths";
import { cellState } from "@/lib/review/progress";
import type { CellState, FeedbackMark, ProgressGrid as Grid } from "@/lib/review/types";

/** Polling interval: under the 5 s a teacher watching the class's progress expects. */
const POLL_MS = 4_000;

type Props = Readonly<{
  classId: string;
  assignmentId: string;
  initial: Grid;
  /** The group the grid is filtered to (?group=), if any. */
  group: string | null;
  /** Question number and prompt by key (content: the same for everyone, rendered on the server). */
  labels: Record<string, { number: number; prompt: string }>;
}>;

const CELL_STYLE: Record<CellState, string> = {
  notStarted: "border-line bg-surface text-muted",
  inProgress: "border-warn/60 bg-warn-soft text-warn",
  answered: "border-accent/50 bg-accent-soft text-accent-strong",
  submitted: "border-ok/60 bg-ok-soft text-ok",
};
const CELL_MARK: Record<CellState, string> = { notStarted: "·", inProgress: "…", answered: "✓", submitted: "✓" };
const FEEDBACK_SIGN: Record<FeedbackMark, string> = { DRAFT: "✎", RELEASED: "✉", EDITED: "✉✎" };

/**
 * Students × questions, refreshed without reload: the server renders the first state (so it works
 * without JavaScript, reloading by hand), then this island polls GET /api/review/progress while
 * the page is visible. Every cell opens that student's answer to that question.
 */
export function ProgressGrid({ classId, assignmentId, initial, labels, group }: Props) {
  const t = useTranslations("review");
  const [grid, setGrid] = useState(initial);
  // Why the grid may be behind: the server could not be reached, or the teacher's session ended.
  const [problem, setProblem] = useState<"stale" | "signedOut" | null>(null);

  useEffect(() => {
    let timer: number | undefined;
    const controller = new AbortController();
    const query = new URLSearchParams({ class: classId, assignment: assignmentId, ...(group ? { group } : {}) });
    const poll = async () => {
      if (document.visibilityState === "visible") {
        try {
          const response = await fetch(`/api/review/progress?${query.toString()}`, {
            credentials: "same-origin",
            cache: "no-store",
            signal: controller.signal,
          });
          if (response.status === 401) setProblem("signedOut");
          else if (!response.ok) throw new Error(String(response.status));
          else {
            setGrid((await response.json()) as Grid);
            setProblem(null);
          }
        } catch {
          if (controller.signal.aborted) return;
          setProblem("stale");
        }
      }
      timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [classId, assignmentId, group]);

  const { counts, questions, students } = grid;
  return (
    <section aria-labelledby="progress-title" className="mt-6">
      <h2 id="progress-title" className="sr-only">
        {t("progressTitle")}
      </h2>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-lg">
        <div>
          <dt className="inline text-muted">{t("started")}</dt>{" "}
          <dd className="inline font-semibold tabular-nums">{t("ofTotal", { count: counts.started, total: counts.students })}</dd>
        </div>
        <div>
          <dt className="inline text-muted">{t("submittedCount")}</dt>{" "}
          <dd className="inline font-semibold tabular-nums">{t("ofTotal", { count: counts.submitted, total: counts.students })}</dd>
        </div>
      </dl>
      <p role="status" className={`mt-1 min-h-5 text-sm ${problem === "signedOut" ? "font-medium text-danger" : "text-muted"}`}>
        {problem === "stale" && t("notRefreshed")}
        {problem === "signedOut" && (
          <>
            {t("signedOut")} <SignInAgainLink who="teacher" />
          </>
        )}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label={t("legend")}>
        {(Object.keys(CELL_MARK) as CellState[]).map((state) => (
          <li key={state} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-flex size-6 items-center justify-center rounded border font-bold ${CELL_STYLE[state]}`}>
              {CELL_MARK[state]}
            </span>
            {t(`cell.${state}`)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-flex size-6 items-center justify-center rounded border-2 border-ok/60 bg-ok-soft font-bold text-ok">
            –
          </span>
          {t("submittedBlank")}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true">✎</span> {t("feedbackDraft")}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true">✉</span> {t("feedbackReleased")}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true">✉✎</span> {t("feedbackEdited")}
        </li>
      </ul>
      {students.length === 0 ? (
        <p className="mt-4 rounded-md bg-panel px-4 py-3">{t("noStudents")}</p>
      ) : (
        <div className="relative mt-4 overflow-x-auto">
          <table className="border-separate border-spacing-1 text-base">
            <caption className="sr-only">{t("gridCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 text-left text-sm font-medium text-muted">
                  {t("student")}
                </th>
                {questions.map((question) => {
                  const label = labels[question.key];
                  return (
                    <th key={question.key} scope="col" className="min-w-12 px-1 text-center text-sm font-semibold">
                      <abbr title={label?.prompt ?? question.key} className="no-underline">
                        {t("questionShort", { number: label?.number ?? 0 })}
                      </abbr>
                    </th>
                  );
                })}
              </tr>
              <tr>
                <th scope="row" className="px-2 text-left text-sm font-medium text-muted">
                  {t("answeredRow")}
                </th>
                {questions.map((question) => (
                  <td key={question.key} className="text-center text-sm font-semibold tabular-nums">
                    {counts.answered[question.key] ?? 0}
                  </td>
                ))}
              </tr>
            </thead>
            <tbody>
              {students.map((student) => (
                <tr key={student.enrolmentId}>
                  <th scope="row" className="max-w-56 truncate px-2 text-left font-medium">
                    {student.name}
                    {student.returned && student.attempt === "IN_PROGRESS" && <span className="ml-2 text-sm font-normal text-warn">{t("returnedShort")}</span>}
                  </th>
                  {questions.map((question) => {
                    const state = cellState(student, question.key);
                    const feedback = student.feedback[question.key];
                    const number = labels[question.key]?.number ?? 0;
                    const said = student.answered.includes(question.key);
                    return (
                      <td key={question.key} className="p-0">
                        <Link
                          href={`${studentReviewPath(classId, assignmentId, student.enrolmentId)}#${answerAnchor(question.key)}`}
                          aria-label={t("cellLabel", {
                            name: student.name,
                            number,
                            state: t(`cell.${state}`),
                            said: String(said),
                            feedback: feedback ?? "NONE",
                          })}
                          className={`flex h-11 min-w-12 items-center justify-center rounded border-2 text-lg font-bold no-underline ${CELL_STYLE[state]}`}
                        >
                          <span aria-hidden="true">
                            {state === "submitted" && !said ? "–" : CELL_MARK[state]}
                            {feedback && <sup className="ml-0.5 text-xs">{FEEDBACK_SIGN[feedback]}</sup>}
                          </span>
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
