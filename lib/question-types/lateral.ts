import type { Question } from "@/lib/content/schemas";
import { defineQuestionType, nonBlankText, type ValueProblem } from "./definition";
import { LATERAL_LIMITS } from "./lateral-limits";
import type { LateralValue, TrailEntry } from "./lateral-value";

export { LATERAL_LIMITS, TRUST_LEVELS } from "./lateral-limits";
export type { LateralValue, TrailEntry } from "./lateral-value";

/**
 * Lateral reading (issue 27): the learner leaves the article to find out who is behind its outlet
 * or author, and the app keeps the trail. No zod here (client components use it); the shape is
 * ./lateral-value.ts.
 */
export type LateralQuestion = Extract<Question, { type: "lateral" }>;

/** An address a browser opens on the web: http(s), with a host name that has a dot. */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.includes(".");
  } catch {
    return false;
  }
}

/** "www.example.org" and "example.org" are one site. */
const hostOf = (url: string): string | null => (isWebAddress(url) ? new URL(url).hostname.toLowerCase().replace(/^www\./, "") : null);
const within = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

export const isWebEntry = (entry: TrailEntry): entry is Extract<TrailEntry, { url: string }> => "url" in entry;

/**
 * The teacher's hint (never a score): how many different sites the trail went to that are neither
 * the outlet's or author's own (the question's ownSites) nor the app (source cards).
 */
export function outsideSites(question: Pick<LateralQuestion, "ownSites">, value: Pick<LateralValue, "trail">): string[] {
  const hosts = value.trail.flatMap((entry) => (isWebEntry(entry) ? (hostOf(entry.url) ?? []) : []));
  return [...new Set(hosts)].filter((host) => !question.ownSites.some((site) => within(host, site)));
}

/** Seconds from opening the task to the verdict, or null before either. */
export function secondsToVerdict(value: Pick<LateralValue, "startedAt" | "verdictAt">): number | null {
  if (!value.startedAt || !value.verdictAt) return null;
  return Math.max(0, Math.round((Date.parse(value.verdictAt) - Date.parse(value.startedAt)) / 1000));
}

/** The first problem a learner can act on (a bad address, too many sources, a text too long), then the times. */
export function checkTrail(value: LateralValue, cards?: ReadonlySet<string>): ValueProblem | null {
  const { entries, url, note, verdict } = LATERAL_LIMITS;
  if (value.trail.length > entries) return { code: "TOO_MANY_SOURCES", max: entries };
  for (const entry of value.trail) {
    if (isWebEntry(entry)) {
      if (entry.url.length > url) return { code: "TOO_LONG", max: url };
      // A row being filled in has no address yet; one that is typed must open on the web.
      if (entry.url.trim() !== "" && !isWebAddress(entry.url.trim())) return { code: "INVALID_URL" };
    } else if (!cards?.has(entry.card)) {
      return { code: "INVALID_INPUT" };
    }
    if (entry.says.length > note || entry.why.length > note) return { code: "TOO_LONG", max: note };
  }
  if (value.verdict.length > verdict) return { code: "TOO_LONG", max: verdict };
  return timesInOrder(value) ? null : { code: "INVALID_INPUT" };
}

/** Opened first, sources in the order added, a verdict time exactly when there is a verdict, none before the opening. */
function timesInOrder(value: LateralValue): boolean {
  const hasVerdict = value.verdict.trim() !== "";
  if (hasVerdict !== (value.verdictAt !== null)) return false;
  if (value.startedAt === null) return value.trail.length === 0 && value.verdictAt === null;
  const times = [value.startedAt, ...value.trail.map((entry) => entry.at)].map(Date.parse);
  const ordered = times.every((time, index) => index === 0 || time >= times[index - 1]!);
  return ordered && (value.verdictAt === null || Date.parse(value.verdictAt) >= times[0]!);
}

export const lateralType = defineQuestionType<LateralQuestion, LateralValue>({
  kind: "lateral",
  empty: { trail: [], verdict: "", startedAt: null, verdictAt: null, offline: false },
  answered: nonBlankText("verdict"),
  limits: () => ({ text: LATERAL_LIMITS.verdict, entries: LATERAL_LIMITS.entries }),
  check: (_question, value, { sourceCards }) => checkTrail(value, sourceCards),
  view: (question, value) => ({
    as: "trail",
    trail: value.trail.map((entry) => ({
      ...(isWebEntry(entry) ? { url: entry.url } : { card: entry.card }),
      says: entry.says,
      trust: entry.trust,
      why: entry.why,
    })),
    verdict: value.verdict,
    seconds: secondsToVerdict(value),
    offline: value.offline,
    outside: outsideSites(question, value).length,
  }),
});

/** The search the task's link opens in a new tab: a search engine that needs no account. */
export const searchUrl = (query: string) => `https://duckduckgo.com/?q=${encodeURIComponent(query)}`;

/** An address typed without its scheme ("fr.wikipedia.org/wiki/…") as a browser would open it; anything else as typed. */
export function completeAddress(url: string): string {
  const trimmed = url.trim();
  return /^[\w-]+(\.[\w-]+)+(?:[/?#].*)?$/.test(trimmed) ? `https://${trimmed}` : trimmed;
}

/** Seconds as whole minutes and the seconds left, for "4 min 12 s". */
export const minutesAndSeconds = (total: number) => ({ minutes: Math.floor(total / 60), seconds: total % 60 });
