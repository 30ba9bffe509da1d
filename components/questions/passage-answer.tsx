"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { readValue } from "@/lib/question-types/definition";
import { evidenceType } from "@/lib/question-types/evidence";
import type { Highlight } from "@/lib/question-types/passage";
import { techniqueType, type TaggedPassage } from "@/lib/question-types/technique";
import { cannotChange, type Json } from "@/lib/autosave/engine";
import { controlNumber, isControlBlock } from "@/lib/content/controls";
import type { TechniqueId } from "@/lib/content/schemas";
import { AnswerStatus } from "./answer-status";
import { PassagePicker } from "./passage-picker";
import { clearPendingSelection, usePendingSelection } from "./pending-selection";
import { promptId } from "./prompt-id";
import { useAnswerSync } from "./use-answer-sync";

type Technique = { id: TechniqueId; name: string };
type Props = Readonly<{
  question: string;
  /** Evidence questions collect passages; technique questions tag each with a technique. */
  techniques?: readonly Technique[];
  max: number;
  suggested: readonly string[];
}>;

type Passage = Highlight & { technique?: TechniqueId };

const passagesOf = (value: Json, tagging: boolean): Passage[] => (tagging ? readValue(techniqueType, value).tags : readValue(evidenceType, value).highlights);
const same = (a: Highlight, b: Highlight) => a.block === b.block && a.start === b.start && a.end === b.end;

/** Passages of the article attached to an answer: by selecting text, or with the keyboard picker. */
export function PassageAnswer({ question, techniques, max, suggested }: Props) {
  const t = useTranslations("passages");
  const words = useTranslations("discernment");
  const sync = useAnswerSync(question, techniques ? techniqueType.empty : evidenceType.empty);
  const selected = usePendingSelection();
  const [technique, setTechnique] = useState<TechniqueId | "">("");
  const tagging = techniques !== undefined;
  // Only the technique exercise takes passages of its control excerpts (lib/content/controls.ts).
  const pending = tagging ? selected : selected.filter((passage) => !isControlBlock(passage.block));
  const label = (block: string) => {
    const control = controlNumber(block);
    return control === null ? `§ ${Number(block.slice(1))}` : words("controlBlock", { number: control });
  };
  const passages = passagesOf(sync.value, tagging);
  const full = passages.length >= max;
  const locked = cannotChange(sync.state);
  const id = `answer-${question}`;

  const save = (next: Passage[]) =>
    sync.edit(tagging ? { tags: next as TaggedPassage[] } : { highlights: next.map(({ block, start, end, quote }) => ({ block, start, end, quote })) });
  const add = (added: readonly Highlight[]) => {
    if (tagging && !technique) return;
    const fresh = added.filter((passage) => !passages.some((existing) => same(existing, passage) && existing.technique === (technique || undefined)));
    save([...passages, ...fresh.map((passage) => (tagging ? { ...passage, technique: technique as TechniqueId } : passage))].slice(0, max));
    clearPendingSelection();
  };
  const nameOf = (techniqueId: string | undefined) => techniques?.find((candidate) => candidate.id === techniqueId)?.name ?? "";

  const techniqueSelect = (
    <div className="text-sm">
      <label htmlFor={`${id}-technique`}>{t("technique")}</label>
      <select
        id={`${id}-technique`}
        value={technique}
        onChange={(event) => setTechnique(event.target.value as TechniqueId | "")}
        className="mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5"
      >
        <option value="">{t("chooseTechnique")}</option>
        {techniques?.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div role="group" aria-labelledby={promptId(question)} aria-describedby={`${id}-status`} className="mt-3">
      <p className="text-sm font-medium" aria-live="polite">
        {t("count", { count: passages.length, max })}
      </p>
      {passages.length > 0 && (
        <ol className="mt-2 space-y-2">
          {passages.map((passage, index) => (
            <li
              key={`${passage.block}-${passage.start}-${passage.end}-${passage.technique ?? ""}`}
              className="rounded-md border border-line bg-surface p-2 text-sm"
            >
              <a href={`#${passage.block}`} className="text-xs text-accent">
                {label(passage.block)}
              </a>
              {passage.technique && <span className="ml-2 rounded bg-accent-soft px-1.5 py-0.5 text-xs text-accent-strong">{nameOf(passage.technique)}</span>}
              <q lang="fr" className="mt-1 block leading-snug">
                {passage.quote}
              </q>
              <button
                type="button"
                disabled={locked}
                onClick={() => save(passages.filter((_, at) => at !== index))}
                className="mt-1 text-xs text-danger underline"
                aria-label={t("removeNamed", { number: index + 1 })}
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ol>
      )}
      {full ? (
        <p className="mt-2 rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">{t("full", { max })}</p>
      ) : (
        <div className="mt-3 space-y-2 rounded-md border border-dashed border-line p-3">
          {tagging && techniqueSelect}
          {pending.length > 0 ? (
            <>
              <p className="text-sm">
                {t("selected")}{" "}
                <q lang="fr">
                  {pending
                    .map((passage) => passage.quote)
                    .join(" … ")
                    .slice(0, 160)}
                </q>
              </p>
              <button
                type="button"
                disabled={locked || (tagging && !technique)}
                onClick={() => add(pending)}
                className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent hover:bg-accent-strong disabled:opacity-50"
              >
                {t("addSelection")}
              </button>
              {tagging && !technique && <p className="text-xs text-muted">{t("techniqueFirst")}</p>}
            </>
          ) : selected.length > 0 ? (
            <p className="text-sm text-muted">{words("notForThisQuestion")}</p>
          ) : (
            <p className="text-sm text-muted">{t("howToSelect")}</p>
          )}
          <PassagePicker
            id={id}
            controls={tagging}
            label={label}
            suggested={suggested}
            disabled={locked || (tagging && !technique)}
            onPick={(passage) => add([passage])}
          />
        </div>
      )}
      <AnswerStatus
        id={`${id}-status`}
        state={sync.state}
        onResolve={sync.resolveConflict}
        describe={(theirs) =>
          passagesOf(theirs, tagging)
            .map((passage) => `${label(passage.block)} «\u00A0${passage.quote}\u00A0»`)
            .join(" · ")
        }
      />
    </div>
  );
}
