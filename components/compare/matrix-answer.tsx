"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { readValue } from "@/lib/question-types/definition";
import { MATRIX_PASSAGE_MAX_LENGTH, matrixType, type MatrixValue } from "@/lib/question-types/matrix";
import { cannotChange, type Json } from "@/lib/autosave/engine";
import { AnswerStatus } from "@/components/questions/answer-status";
import { useAnswerSync } from "@/components/questions/use-answer-sync";
import { useHydrationCatchUp } from "@/components/questions/use-hydration-catch-up";

type Cells = MatrixValue["cells"];
type Props = Readonly<{
  question: string;
  articles: ReadonlyArray<{ slug: string; title: string; lang: string }>;
  narratives: ReadonlyArray<{ id: string; name: string; description: string }>;
  labelledBy: string;
}>;

const cellsOf = (value: Json): Cells => readValue(matrixType, value).cells;

/** The form as a matrix answer; only cells the learner touched are kept. */
function readMatrix(form: HTMLElement): Json {
  const cells: Cells = {};
  form.querySelectorAll<HTMLInputElement>("input[data-uses]").forEach((box) => {
    const { article = "", narrative = "" } = box.dataset;
    const passage = form.querySelector<HTMLInputElement>(`input[data-passage="${article}:${narrative}"]`)?.value ?? "";
    if (!box.checked && !passage) return;
    (cells[article] ??= {})[narrative] = passage ? { uses: box.checked, passage } : { uses: box.checked };
  });
  return { cells } as Json;
}

/** The comparison exercise: for each article, the narratives it uses and a passage that shows each. */
export function MatrixAnswer({ question, articles, narratives, labelledBy }: Props) {
  const t = useTranslations("exercise");
  const form = useRef<HTMLDivElement>(null);
  const sync = useAnswerSync(question, matrixType.empty);
  const cells = cellsOf(sync.value);
  const onChange = () => form.current && sync.edit(readMatrix(form.current));
  useHydrationCatchUp(form, readMatrix, matrixType.empty, sync.edit);

  const checkedKey = JSON.stringify(cells);
  useEffect(() => {
    const current = JSON.parse(checkedKey) as Cells;
    form.current?.querySelectorAll<HTMLInputElement>("input[data-uses]").forEach((box) => {
      box.checked = current[box.dataset.article ?? ""]?.[box.dataset.narrative ?? ""]?.uses === true;
    });
  }, [checkedKey]);

  const id = `answer-${question}`;
  return (
    <div ref={form} role="group" aria-labelledby={labelledBy} aria-describedby={`${id}-status`} className="mt-4 grid gap-4 md:grid-cols-2">
      {articles.map((article) => (
        <fieldset key={article.slug} className="rounded-lg border border-line bg-surface p-4" disabled={cannotChange(sync.state)}>
          <legend className="px-1 font-serif text-lg font-semibold" lang={article.lang}>
            {article.title}
          </legend>
          <ul className="space-y-3">
            {narratives.map((narrative) => {
              const cell = cells[article.slug]?.[narrative.id];
              const boxId = `${id}-${article.slug}-${narrative.id}`;
              return (
                <li key={narrative.id}>
                  <label htmlFor={boxId} className="flex cursor-pointer items-start gap-2 text-sm">
                    <input
                      id={boxId}
                      type="checkbox"
                      data-uses
                      data-article={article.slug}
                      data-narrative={narrative.id}
                      defaultChecked={cell?.uses === true}
                      onChange={onChange}
                      className="mt-0.5 size-4 shrink-0 accent-accent"
                    />
                    <span>
                      <span className="font-medium">{narrative.name}</span>
                      <span className="block text-xs text-muted">{narrative.description}</span>
                    </span>
                  </label>
                  <div className={cell?.uses || cell?.passage ? "mt-1 pl-6" : "hidden"}>
                    <label htmlFor={`${boxId}-passage`} className="text-xs text-muted">
                      {t("passage")}
                    </label>
                    <input
                      id={`${boxId}-passage`}
                      type="text"
                      lang="fr"
                      maxLength={MATRIX_PASSAGE_MAX_LENGTH}
                      data-passage={`${article.slug}:${narrative.id}`}
                      defaultValue={cell?.passage ?? ""}
                      onChange={onChange}
                      className="mt-0.5 block w-full rounded-md border border-line px-2 py-1 text-sm"
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <div className="md:col-span-2">
        <AnswerStatus
          id={`${id}-status`}
          state={sync.state}
          onResolve={sync.resolveConflict}
          describe={(theirs) => t("otherVersion", { count: Object.keys(cellsOf(theirs)).length })}
        />
      </div>
    </div>
  );
}
