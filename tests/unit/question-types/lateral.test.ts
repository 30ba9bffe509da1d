import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { answerText, type AnswerWords } from "@/lib/export/answer-text";
import { completeAddress, isWebAddress, LATERAL_LIMITS, outsideSites, secondsToVerdict, type LateralValue } from "@/lib/question-types/lateral";
import { isAnswered } from "@/lib/question-types/registry";
import { answerView, checkAnswerValue } from "@/lib/question-types/values";

const question: Extract<Question, { type: "lateral" }> = {
  key: "source-lateral",
  type: "lateral",
  stage: "source",
  paragraphs: [],
  subject: "press-tv",
  search: "Press TV",
  ownSites: ["presstv.ir"],
  fr: { prompt: "p", teacherNotes: "n" },
  en: { prompt: "p", teacherNotes: "n" },
};
const context = { sourceCards: new Set(["press-tv", "al-hosseini-al-binaa"]) };

const entry = (url: string, at: string) => ({ url, says: "dit", trust: 3 as const, why: "", at });
const good: LateralValue = {
  trail: [entry("https://fr.wikipedia.org/wiki/Press_TV", "2026-01-05T09:01:00.000Z"), entry("https://www.rferl.org/a/1", "2026-01-05T09:02:00.000Z")],
  verdict: "La chaîne de l'État iranien.",
  startedAt: "2026-01-05T09:00:00.000Z",
  verdictAt: "2026-01-05T09:04:30.000Z",
  offline: false,
};
const check = (value: unknown) => checkAnswerValue(question, value, context);

describe("a lateral-reading trail", () => {
  it("accepts a trail in order, with web addresses and a verdict", () => {
    expect(check(good)).toEqual({ ok: true, value: good });
  });

  it.each(["javascript:alert(1)", "ftp://example.org/x", "fr.wikipedia", "not an address", "https://localhost/x"])(
    "refuses the address %j with INVALID_URL",
    (url) => {
      expect(check({ ...good, trail: [entry(url, "2026-01-05T09:01:00.000Z")] })).toEqual({ ok: false, code: "INVALID_URL" });
    },
  );

  it("lets a row being filled in have no address yet", () => {
    expect(check({ ...good, trail: [entry("", "2026-01-05T09:01:00.000Z")] }).ok).toBe(true);
  });

  it("refuses more sources than its limit, naming the limit", () => {
    const many = Array.from({ length: LATERAL_LIMITS.entries + 1 }, (_, index) => entry(`https://example.org/${index}`, "2026-01-05T09:01:00.000Z"));
    expect(check({ ...good, trail: many })).toEqual({ ok: false, code: "TOO_MANY_SOURCES", max: LATERAL_LIMITS.entries });
    expect(check({ ...good, trail: many.slice(1) }).ok).toBe(true);
  });

  it("refuses texts over their limits", () => {
    expect(check({ ...good, verdict: "x".repeat(LATERAL_LIMITS.verdict + 1) })).toEqual({ ok: false, code: "TOO_LONG", max: LATERAL_LIMITS.verdict });
    expect(check({ ...good, trail: [{ ...good.trail[0]!, why: "x".repeat(LATERAL_LIMITS.note + 1) }] })).toEqual({
      ok: false,
      code: "TOO_LONG",
      max: LATERAL_LIMITS.note,
    });
  });

  it.each([
    ["a source added before the task was opened", { trail: [entry("https://example.org", "2026-01-05T08:59:00.000Z")] }],
    ["sources out of the order they were added", { trail: [good.trail[1]!, good.trail[0]!] }],
    ["a verdict before the task was opened", { verdictAt: "2026-01-05T08:00:00.000Z" }],
    ["a verdict with no time", { verdictAt: null }],
    ["a time with no verdict", { verdict: "  " }],
    ["sources with no opening time", { startedAt: null }],
  ])("refuses %s", (_name, patch) => {
    expect(check({ ...good, ...patch })).toEqual({ ok: false, code: "INVALID_INPUT" });
  });

  it.each([
    { ...good, trail: [{ ...good.trail[0]!, trust: 5 }] },
    { ...good, startedAt: "yesterday" },
    { ...good, offline: "yes" },
    { trail: [], verdict: "" },
  ])("refuses a wrong shape (%#)", (value) => {
    expect(check(value)).toEqual({ ok: false, code: "WRONG_TYPE" });
  });

  it("takes the app's source cards offline, known cards only", () => {
    const card = { card: "press-tv", says: "fiche", trust: 2 as const, why: "", at: "2026-01-05T09:01:00.000Z" };
    expect(check({ ...good, offline: true, trail: [card] }).ok).toBe(true);
    expect(check({ ...good, offline: true, trail: [{ ...card, card: "made-up" }] })).toEqual({ ok: false, code: "INVALID_INPUT" });
  });

  it("counts as answered once a verdict is written", () => {
    expect(isAnswered({ ...good, verdict: " " })).toBe(false);
    expect(isAnswered(good)).toBe(true);
  });
});

describe("reading a trail", () => {
  it("times the verdict from the opening and counts the sites outside the subject's own", () => {
    expect(secondsToVerdict(good)).toBe(270);
    expect(secondsToVerdict({ startedAt: null, verdictAt: null })).toBeNull();
    const trail = [
      ...good.trail,
      entry("https://french.presstv.ir/x", "2026-01-05T09:03:00.000Z"),
      entry("https://fr.wikipedia.org/wiki/IRIB", "2026-01-05T09:03:00.000Z"),
    ];
    expect(outsideSites(question, { trail })).toEqual(["fr.wikipedia.org", "rferl.org"]);
  });

  it("completes an address typed without its scheme, and leaves anything else as typed", () => {
    expect(completeAddress(" fr.wikipedia.org/wiki/Press_TV ")).toBe("https://fr.wikipedia.org/wiki/Press_TV");
    expect(completeAddress("http://example.org")).toBe("http://example.org");
    expect(completeAddress("Press TV")).toBe("Press TV");
    expect(isWebAddress(completeAddress("www.rferl.org"))).toBe(true);
  });

  it("reads in a spreadsheet cell as the trail in order, the verdict and the time", () => {
    const words: AnswerWords = {
      locale: "en",
      other: "Other",
      techniques: new Map(),
      articles: new Map(),
      narratives: new Map(),
      estimate: () => "",
      trail: {
        verdict: "Verdict",
        offline: "Offline",
        card: (name) => `card ${name}`,
        trust: (level) => `trust ${level ?? "-"}`,
        why: (text) => `why: ${text}`,
        time: (seconds) => `${seconds} s`,
        cards: new Map([["press-tv", "Press TV"]]),
      },
    };
    expect(answerText(question, { ...good, trail: [{ ...good.trail[0]!, why: "encyclopedia" }] }, words)).toBe(
      ["1. https://fr.wikipedia.org/wiki/Press_TV — dit — trust 3 — why: encyclopedia", "Verdict: La chaîne de l'État iranien.", "270 s"].join("\n"),
    );
    const offline = { ...good, offline: true, trail: [{ card: "press-tv", says: "", trust: null, why: "", at: "2026-01-05T09:01:00.000Z" }] };
    expect(answerText(question, offline, words)).toBe(["1. card Press TV — trust -", "Verdict: La chaîne de l'État iranien.", "270 s", "Offline"].join("\n"));
    expect(answerView(question, offline)).toMatchObject({ as: "trail", offline: true, outside: 0, seconds: 270 });
  });
});
