import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Content } from "@/lib/content/load";
import { LOCALES, questionSetSchema, type Locale, type Question, type QuestionSet } from "@/lib/content/schemas";

/** A question file names its suggested sets (content/questions/*.yaml); whether their keys exist is lib/content/check.ts's, not these checks'. */
const SETS = { short: ["a", "b", "c", "d", "e"] };

/**
 * Fair closed questions (issue 10, item 4). A learner must not be able to find the right answer of a
 * single or multiple choice question by its shape: in each set and each language, the right answer
 * may be the longest option in at most a third of the closed questions. And no prompt or option
 * calls something "a fact": an option describes, the learner judges.
 */

const root = path.resolve(import.meta.dirname, "../../..");

type ClosedQuestion = Extract<Question, { type: "single" | "multiple" }>;

function closedQuestions(set: QuestionSet): ClosedQuestion[] {
  return set.questions.filter(
    (question): question is ClosedQuestion =>
      (question.type === "single" || question.type === "multiple") && question.reference.answer.length > 0,
  );
}

/** The label as the learner reads it: whitespace runs count as one character, code points not UTF-16 units. */
const labelLength = (label: string) => [...label.trim().replace(/\s+/g, " ")].length;

/**
 * True when the length gives a right answer away: some right option is strictly longer than every
 * other option (for a single question, the right answer is strictly the longest label; for a
 * multiple one, any right option is). A tie with a distractor does not count: length then tells
 * the learner nothing.
 */
function rightAnswerIsLongest(question: ClosedQuestion, locale: Locale): boolean {
  const right = new Set(question.reference.answer);
  const lengths = (isRight: boolean) =>
    question.options.filter((option) => right.has(option.key) === isRight).map((option) => labelLength(option[locale]));
  return Math.max(...lengths(true)) > Math.max(-1, ...lengths(false));
}

type LengthCount = { closed: number; longest: string[] };

function countLongestRightAnswers(set: QuestionSet, locale: Locale): LengthCount {
  const closed = closedQuestions(set);
  return { closed: closed.length, longest: closed.filter((q) => rightAnswerIsLongest(q, locale)).map((q) => q.key) };
}

const moreThanAThird = ({ closed, longest }: LengthCount) => longest.length * 3 > closed;

// ───────────── "a fact" ─────────────

/** Words quoted from the articles are theirs, not ours (the RAND list's « Fait » means "done"). */
const withoutQuotations = (text: string) =>
  text.replace(/«[^»]*»/g, "«»").replace(/"[^"]*"/g, '""').replace(/“[^”]*”/g, "“”");

/**
 * French: "fait(s)" as a noun, after a determiner ("un fait", "les faits", "quel fait"), so the verb
 * ("la question fait émerger", "ce que fait la suite") and "en fait" pass. English: "fact(s)".
 */
const FACT_WORDS: Record<Locale, RegExp> = {
  fr: /\b(?:un|le|les|des|du|ce|cet|ces|au|aux|quels?|tels?|seuls?)\s+faits?\b/iu,
  en: /\bfacts?\b/iu,
};

const callsSomethingAFact = (text: string, locale: Locale) => FACT_WORDS[locale].test(withoutQuotations(text));

/** Every prompt and option label of a set that calls something a fact, as "question-key: text". */
function factWording(set: QuestionSet, locale: Locale): string[] {
  const found: string[] = [];
  for (const question of set.questions) {
    const texts = [question[locale].prompt, ...("options" in question ? question.options.map((option) => option[locale]) : [])];
    for (const text of texts) if (callsSomethingAFact(text, locale)) found.push(`${question.key}: ${text}`);
  }
  return found;
}

// ───────────── The checks can fail ─────────────

/** A set whose right answers all stand out by their length: the check must flag it. */
const planted = questionSetSchema.parse({
  article: "planted",
  sets: SETS,
  questions: [
    {
      key: "who",
      stage: "source",
      type: "single",
      options: [
        { key: "a", fr: "Un blog", en: "A blog" },
        { key: "b", fr: "Un site officiel du gouvernement kazakh, signé par son service de presse", en: "An official Kazakh government site, signed by its press office" },
        { key: "c", fr: "Une agence", en: "An agency" },
      ],
      reference: { answer: ["b"], fr: "Réponse.", en: "Answer." },
      fr: { prompt: "Qui parle ?", teacherNotes: "Notes." },
      en: { prompt: "Who is speaking?", teacherNotes: "Notes." },
    },
    {
      key: "kinds",
      stage: "evidence",
      type: "multiple",
      options: [
        { key: "a", fr: "Des chiffres", en: "Figures" },
        { key: "b", fr: "Des témoins", en: "Witnesses" },
        { key: "c", fr: "Des sources désignées de façon générale (« les observateurs »)", en: 'Sources referred to in general terms ("the observers")' },
      ],
      reference: { answer: ["a", "c"], fr: "Réponse.", en: "Answer." },
      fr: { prompt: "Quelles preuves ?", teacherNotes: "Notes." },
      en: { prompt: "What evidence?", teacherNotes: "Notes." },
    },
    {
      key: "figure",
      stage: "figure",
      type: "single",
      options: [
        { key: "a", fr: "20 000", en: "20,000" },
        { key: "b", fr: "2 030 militaires pour toute la force, chiffre officiel du 10 janvier", en: "2,030 troops for the whole force, official figure of 10 January" },
      ],
      reference: { answer: ["b"], fr: "Réponse.", en: "Answer." },
      fr: { prompt: "Quel chiffre ?", teacherNotes: "Notes." },
      en: { prompt: "Which figure?", teacherNotes: "Notes." },
    },
    {
      key: "opinion",
      stage: "after",
      type: "open",
      fr: { prompt: "Votre avis ?", teacherNotes: "Notes." },
      en: { prompt: "Your view?", teacherNotes: "Notes." },
    },
  ],
});

describe("the checks themselves", () => {
  it.each(LOCALES)("flag a planted set whose right answer is always the longest (%s)", (locale) => {
    const count = countLongestRightAnswers(planted, locale);
    expect(count).toEqual({ closed: 3, longest: ["who", "kinds", "figure"] });
    expect(moreThanAThird(count)).toBe(true);
  });

  it("count a tie with a distractor as fair, and a lone longest right option as not", () => {
    const [who] = closedQuestions(planted);
    const tied = { ...who!, options: who!.options.map((option) => (option.key === "a" ? { ...option, fr: "x".repeat(labelLength(who!.options[1]!.fr)) } : option)) };
    expect(rightAnswerIsLongest(tied, "fr")).toBe(false);
    expect(rightAnswerIsLongest(who!, "fr")).toBe(true);
  });

  it("accept a third, not more", () => {
    expect(moreThanAThird({ closed: 3, longest: ["a"] })).toBe(false);
    expect(moreThanAThird({ closed: 4, longest: ["a"] })).toBe(false);
    expect(moreThanAThird({ closed: 4, longest: ["a", "b"] })).toBe(true);
    expect(moreThanAThird({ closed: 6, longest: ["a", "b"] })).toBe(false);
  });

  it("find “a fact” in French and English, but not a quoted word or the verb", () => {
    expect(callsSomethingAFact("Un fait présenté comme preuve (des policiers décapités)", "fr")).toBe(true);
    expect(callsSomethingAFact("Quel indice ou quel fait vérifié a le plus compté ?", "fr")).toBe(true);
    expect(callsSomethingAFact("Des faits d'actualité", "fr")).toBe(true);
    expect(callsSomethingAFact("A fact presented as proof (beheaded police officers)", "en")).toBe(true);
    expect(callsSomethingAFact("Which clue or checked fact mattered most?", "en")).toBe(true);
    expect(callsSomethingAFact("d'où viennent les mentions « Fait », « Echec », « En cours » ?", "fr")).toBe(false);
    expect(callsSomethingAFact('where do the labels "Fait", "Echec", "En cours" come from?', "en")).toBe(false);
    expect(callsSomethingAFact("Que vous fait imaginer le titre ?", "fr")).toBe(false);
    expect(callsSomethingAFact("Un événement rapporté, présenté comme preuve", "fr")).toBe(false);
  });
});

// ───────────── content/questions/ ─────────────

let content: Content;
beforeAll(async () => {
  content = await loadContent(path.join(root, "content"));
});

describe("content/questions/", () => {
  it("has closed questions in every set, so the count below means something", () => {
    const sets = Object.values(content.questionSets);
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) expect(closedQuestions(set).length, set.article).toBeGreaterThan(0);
  });

  it.each(LOCALES)("no set has its right answer as the longest option in more than a third of its closed questions (%s)", (locale) => {
    const unfair = Object.entries(content.questionSets).flatMap(([slug, set]) => {
      const count = countLongestRightAnswers(set, locale);
      return moreThanAThird(count)
        ? [`${slug}: the right answer is the longest option in ${count.longest.length} of ${count.closed} closed questions (${count.longest.join(", ")})`]
        : [];
    });
    expect(unfair).toEqual([]);
  });

  it.each(LOCALES)("no prompt or option calls something a fact (%s)", (locale) => {
    const found = Object.values(content.questionSets).flatMap((set) => factWording(set, locale).map((text) => `${set.article} → ${text}`));
    expect(found).toEqual([]);
  });
});
