"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { Highlight } from "@/lib/question-types/passage";
import { blockText } from "@/lib/passages/dom";
import { sentencesOf, wordsOf } from "@/lib/passages/segments";

type Props = Readonly<{
  id: string;
  /** Whether the control excerpts (x1, x2, …) are offered too: the technique exercise only. */
  controls: boolean;
  /** How a block is named: § 4, or a control excerpt's number. */
  label: (block: string) => string;
  suggested: readonly string[];
  disabled: boolean;
  onPick: (passage: Highlight) => void;
}>;

/**
 * Choosing a passage without a mouse: paragraph, then sentence, then (optionally) the words within
 * it, all with native selects. Reads the paragraphs from the page, so their text is not sent twice.
 */
export function PassagePicker({ id, controls, label, suggested, disabled, onPick }: Props) {
  const t = useTranslations("passages");
  const [open, setOpen] = useState(false);
  const blocks = useMemo(
    () =>
      open
        ? [...document.querySelectorAll<HTMLElement>("[data-text]")].flatMap((element) =>
            element.dataset.text?.startsWith("p") || (controls && element.dataset.text?.startsWith("x")) ? [element.dataset.text] : [],
          )
        : [],
    [open, controls],
  );
  const [block, setBlock] = useState(suggested[0] ?? "");
  const [sentence, setSentence] = useState(0);
  const [range, setRange] = useState<[number, number] | null>(null);

  const text = open && block ? (blockText(block) ?? "") : "";
  const sentences = useMemo(() => sentencesOf(text), [text]);
  const current = sentences[sentence];
  const words = useMemo(() => (current ? wordsOf(current.text) : []), [current]);
  const [from, to] = range ?? [0, Math.max(0, words.length - 1)];
  const start = current ? current.start + (words[from]?.start ?? 0) : 0;
  const end = current ? current.start + (words[to]?.end ?? current.text.length) : 0;

  const field = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm";
  return (
    <details className="mt-3 rounded-md border border-line bg-panel px-3 py-2 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-accent">{t("keyboardPicker")}</summary>
      {open && (
        <div className="mt-2 space-y-2">
          <div>
            <label htmlFor={`${id}-block`}>{t("paragraph")}</label>
            <select id={`${id}-block`} className={field} value={block} onChange={(event) => (setBlock(event.target.value), setSentence(0), setRange(null))}>
              <option value="">{t("chooseParagraph")}</option>
              {blocks.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {label(candidate)} — {(blockText(candidate) ?? "").trim().slice(0, 60)}…
                </option>
              ))}
            </select>
          </div>
          {sentences.length > 0 && (
            <div>
              <label htmlFor={`${id}-sentence`}>{t("sentence")}</label>
              <select id={`${id}-sentence`} className={field} value={sentence} onChange={(event) => (setSentence(Number(event.target.value)), setRange(null))}>
                {sentences.map((candidate, index) => (
                  <option key={candidate.start} value={index}>
                    {index + 1}. {candidate.text.slice(0, 90)}
                    {candidate.text.length > 90 ? "…" : ""}
                  </option>
                ))}
              </select>
            </div>
          )}
          {words.length > 1 && (
            <div className="grid grid-cols-2 gap-2">
              <div>
                <label htmlFor={`${id}-from`}>{t("fromWord")}</label>
                <select
                  id={`${id}-from`}
                  className={field}
                  value={from}
                  onChange={(event) => setRange([Number(event.target.value), Math.max(Number(event.target.value), to)])}
                >
                  {words.map((word, index) => (
                    <option key={word.start} value={index}>{`${index + 1}. ${word.text}`}</option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-to`}>{t("toWord")}</label>
                <select
                  id={`${id}-to`}
                  className={field}
                  value={to}
                  onChange={(event) => setRange([Math.min(from, Number(event.target.value)), Number(event.target.value)])}
                >
                  {words.map((word, index) => (
                    <option key={word.start} value={index}>{`${index + 1}. ${word.text}`}</option>
                  ))}
                </select>
              </div>
            </div>
          )}
          {current && (
            <>
              <p className="rounded bg-surface p-2" lang="fr">
                «&nbsp;{text.slice(start, end)}&nbsp;»
              </p>
              <button
                type="button"
                disabled={disabled || end <= start}
                onClick={() => onPick({ block, start, end, quote: text.slice(start, end) })}
                className="rounded-md bg-accent px-3 py-1.5 font-medium text-on-accent hover:bg-accent-strong disabled:opacity-50"
              >
                {t("addThis")}
              </button>
            </>
          )}
        </div>
      )}
    </details>
  );
}
