"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { cannotChange, type Json } from "@/lib/autosave/engine";
import { readValue } from "@/lib/question-types/definition";
import {
  checkTrail,
  completeAddress,
  isWebAddress,
  isWebEntry,
  LATERAL_LIMITS,
  lateralType,
  searchUrl,
  TRUST_LEVELS,
  type LateralValue,
  type TrailEntry,
} from "@/lib/question-types/lateral";
import { AnswerStatus } from "./answer-status";
import { promptId } from "./prompt-id";
import { useAnswerSync } from "./use-answer-sync";
import { useHydrationCatchUp } from "./use-hydration-catch-up";

type Card = { id: string; name: string };
type Props = Readonly<{
  question: string;
  /** Who the learner investigates, as the article names them. */
  subject: string;
  search: string;
  /** The article's source cards, the sources of the offline mode, and where they are shown. */
  cards: readonly Card[];
  cardsHref: string;
}>;

const trailOf = (value: Json): LateralValue => readValue(lateralType, value);
const now = () => new Date().toISOString();

/** A verdict typed before the page's script ran (rows need the script; the verdict field does not). */
function readVerdict(field: HTMLTextAreaElement): Json {
  if (field.value.trim() === "") return lateralType.empty as Json;
  const at = now();
  return { ...lateralType.empty, verdict: field.value, startedAt: at, verdictAt: at } as Json;
}
const field = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5";

/**
 * Lateral reading: a link that opens a search in a new tab, the sources the learner notes in order
 * (a web address, or a source card when the school network blocks the web), and the verdict. The
 * times are the browser's: when the learner first opened the search or noted a source, and when
 * the verdict was first written. Saved through the answer session like every answer.
 */
export function LateralAnswer({ question, subject, search, cards, cardsHref }: Props) {
  const t = useTranslations("lateral");
  const cardIds = new Set(cards.map((card) => card.id));
  const validate = (value: Json) => {
    const trail = trailOf(value);
    const problem = checkTrail(trail, cardIds);
    if (!problem) return null;
    const number =
      trail.trail.findIndex((entry) => (isWebEntry(entry) ? entry.url.trim() !== "" && !isWebAddress(entry.url.trim()) : !cardIds.has(entry.card))) + 1;
    const message =
      problem.code === "INVALID_URL"
        ? t("badUrl", { number })
        : problem.code === "TOO_MANY_SOURCES"
          ? t("tooMany", { max: problem.max })
          : problem.code === "TOO_LONG"
            ? t("tooLong", { max: problem.max })
            : t("badCard", { number });
    return { code: problem.code, message };
  };
  const sync = useAnswerSync(question, lateralType.empty, validate);
  const value = trailOf(sync.value);
  const locked = cannotChange(sync.state);
  const [focus, setFocus] = useState<string | null>(null);
  const [card, setCard] = useState("");
  // An address is judged once the learner leaves its field (not while it is being typed).
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const root = useRef<HTMLDivElement>(null);
  const verdictField = useRef<HTMLTextAreaElement>(null);
  useHydrationCatchUp(verdictField, readVerdict, lateralType.empty as Json, sync.edit);
  useEffect(() => {
    if (focus) root.current?.querySelector<HTMLElement>(`#${focus}`)?.focus();
  }, [focus]);

  const id = `answer-${question}`;
  // One clock reading per edit: the opening time is never later than what the edit adds.
  const save = (patch: (at: string) => Partial<LateralValue>) => {
    const at = now();
    sync.edit({ ...value, startedAt: value.startedAt ?? at, ...patch(at) } as Json);
  };
  const setEntry = (index: number, patch: Partial<TrailEntry>) =>
    save(() => ({ trail: value.trail.map((entry, at) => (at === index ? ({ ...entry, ...patch } as TrailEntry) : entry)) }));
  const add = (entry: { url: string } | { card: string }) => {
    save((at) => ({ trail: [...value.trail, { ...entry, says: "", trust: null, why: "", at }] }));
    setFocus(`${id}-${"url" in entry ? "url" : "says"}-${value.trail.length}`);
    setCard("");
  };
  const remove = (index: number) => {
    save(() => ({ trail: value.trail.filter((_, at) => at !== index) }));
    setFocus(`${id}-add`);
  };
  const full = value.trail.length >= LATERAL_LIMITS.entries;
  const cardName = (cardId: string) => cards.find((candidate) => candidate.id === cardId)?.name ?? cardId;

  return (
    <div ref={root} role="group" aria-labelledby={promptId(question)} className="mt-3 space-y-3">
      <p>
        <a
          href={searchUrl(search)}
          target="_blank"
          rel="noopener"
          onClick={() => !value.startedAt && !locked && save(() => ({}))}
          className="inline-block rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent no-underline hover:bg-accent-strong"
        >
          {t("searchLink", { name: search })} <span className="sr-only">{t("newTab")}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
      <label className="choice text-sm">
        <input type="checkbox" checked={value.offline} disabled={locked} onChange={(event) => save(() => ({ offline: event.target.checked }))} />
        <span>{t("offlineSwitch")}</span>
      </label>
      {value.offline && (
        <p className="rounded-md bg-warn-soft px-3 py-2 text-sm">
          {t("offlineNote")}{" "}
          <a href={cardsHref} className="text-link">
            {t("cardsLink")}
          </a>
        </p>
      )}

      <h4 className="text-sm font-semibold">{t("trailTitle")}</h4>
      {value.trail.length === 0 && <p className="text-sm text-muted">{t("noSources")}</p>}
      <ol className="space-y-3">
        {value.trail.map((entry, index) => {
          const row = `${id}-${index}`;
          const badUrl = isWebEntry(entry) && left.has(entry.at) && entry.url.trim() !== "" && !isWebAddress(entry.url.trim());
          return (
            <li key={`${entry.at}-${index}`}>
              <fieldset className="rounded-md border border-line bg-surface p-3 text-sm" disabled={locked}>
                <legend className="px-1 font-semibold">{t("source", { number: index + 1 })}</legend>
                {isWebEntry(entry) ? (
                  <div>
                    <label htmlFor={`${id}-url-${index}`}>{t("address")}</label>
                    <input
                      id={`${id}-url-${index}`}
                      type="url"
                      inputMode="url"
                      autoComplete="off"
                      value={entry.url}
                      maxLength={LATERAL_LIMITS.url}
                      onChange={(event) => setEntry(index, { url: event.target.value })}
                      onBlur={(event) => {
                        setLeft((current) => new Set(current).add(entry.at));
                        const complete = completeAddress(event.target.value);
                        if (complete !== entry.url) setEntry(index, { url: complete });
                      }}
                      aria-invalid={badUrl || undefined}
                      aria-describedby={`${row}-url-help`}
                      className={field}
                    />
                    <p id={`${row}-url-help`} className={`mt-1 text-xs ${badUrl ? "font-semibold text-danger" : "text-muted"}`}>
                      {badUrl ? t("badUrl", { number: index + 1 }) : t("addressHelp")}
                    </p>
                  </div>
                ) : (
                  <p>
                    {t("card")}: <span className="font-semibold">{cardName(entry.card)}</span>
                  </p>
                )}
                <label htmlFor={`${id}-says-${index}`} className="mt-2 block">
                  {t("says")}
                </label>
                <textarea
                  id={`${id}-says-${index}`}
                  value={entry.says}
                  maxLength={LATERAL_LIMITS.note}
                  rows={2}
                  onChange={(event) => setEntry(index, { says: event.target.value })}
                  className={field}
                />
                <fieldset className="mt-2">
                  <legend>{t("trust")}</legend>
                  <div className="mt-1 flex flex-wrap gap-x-3">
                    {TRUST_LEVELS.map((level) => (
                      <label key={level} className="choice">
                        <input
                          type="radio"
                          name={`${row}-trust`}
                          value={level}
                          checked={entry.trust === level}
                          onChange={() => setEntry(index, { trust: level })}
                        />
                        <span>
                          {level} – {t(`trustLevels.${level}`)}
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <label htmlFor={`${id}-why-${index}`} className="mt-2 block">
                  {t("why")}
                </label>
                <textarea
                  id={`${id}-why-${index}`}
                  value={entry.why}
                  maxLength={LATERAL_LIMITS.note}
                  rows={2}
                  onChange={(event) => setEntry(index, { why: event.target.value })}
                  className={field}
                />
                <button type="button" onClick={() => remove(index)} className="mt-2 text-xs text-danger underline">
                  {t("remove", { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {full ? (
        <p className="rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">{t("full", { max: LATERAL_LIMITS.entries })}</p>
      ) : value.offline ? (
        <div className="flex flex-wrap items-end gap-2 text-sm">
          <div className="min-w-48 flex-1">
            <label htmlFor={`${id}-card`}>{t("card")}</label>
            <select id={`${id}-card`} value={card} disabled={locked} onChange={(event) => setCard(event.target.value)} className={field}>
              <option value="">{t("chooseCard")}</option>
              {cards.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
          <button
            id={`${id}-add`}
            type="button"
            disabled={locked || !card}
            onClick={() => add({ card })}
            className="rounded-md border border-line px-3 py-1.5 font-medium disabled:opacity-50"
          >
            {t("addCard")}
          </button>
        </div>
      ) : (
        <button
          id={`${id}-add`}
          type="button"
          disabled={locked}
          onClick={() => add({ url: "" })}
          className="rounded-md border border-line px-3 py-1.5 text-sm font-medium"
        >
          + {t("add")}
        </button>
      )}

      <div>
        <label htmlFor={`${id}-verdict`} className="text-sm font-medium">
          {t("verdict", { name: subject })}
        </label>
        <textarea
          id={`${id}-verdict`}
          ref={verdictField}
          value={value.verdict}
          readOnly={locked}
          maxLength={LATERAL_LIMITS.verdict}
          onChange={(event) => {
            const verdict = event.target.value;
            save((at) => ({ verdict, verdictAt: verdict.trim() === "" ? null : (value.verdictAt ?? at) }));
          }}
          aria-describedby={`${id}-status`}
          rows={4}
          className="answer-text"
        />
      </div>
      <AnswerStatus id={`${id}-status`} state={sync.state} onResolve={sync.resolveConflict} describe={(theirs) => trailOf(theirs).verdict} />
    </div>
  );
}
