import type { Content } from "./types";
import { LOCALES, type Claim, type Correction, type Question, type QuestionSet } from "./schemas";
import { hasDate, hintGiveaways, isHedged, sameText } from "./shape";

/**
 * Guards that keep closed questions answerable only by reading (issue 23) and claim cards dated as
 * the method page promises. Pure functions over parsed content, each reporting through `report`
 * so that a planted fault can be tested on its own.
 */

export type Report = (file: string, field: string, message: string) => void;

type Closed = Extract<Question, { type: "single" | "multiple" }>;

const isClosed = (question: Question): question is Closed => question.type === "single" || question.type === "multiple";

const cues = [
  { name: "hedged", test: isHedged, fix: "hedge a wrong option too, or none" },
  { name: "dated", test: hasDate, fix: "date a wrong option too, or none" },
] as const;

/**
 * A right option must not be the only hedged option, nor the only dated one: a test-wise learner
 * would pick it without reading (content-round3, Q2).
 */
export function checkLoneCues(sets: Record<string, QuestionSet>, report: Report) {
  for (const [slug, set] of Object.entries(sets)) {
    set.questions.forEach((question, index) => {
      if (!isClosed(question)) return;
      const right = new Set(question.reference.answer);
      for (const locale of LOCALES) {
        for (const cue of cues) {
          const marked = question.options.flatMap((option, at) => (cue.test(option[locale], locale) ? [at] : []));
          const only = marked.length === 1 ? question.options[marked[0]!]! : undefined;
          if (only && right.has(only.key)) {
            report(
              `questions/${slug}.yaml`,
              `questions[${index}].options[${marked[0]}].${locale}`,
              `"${question.key}": the right option "${only.key}" is the only ${cue.name} one; ${cue.fix}`,
            );
          }
        }
      }
    });
  }
}

/**
 * A hint points to where to look, not to the words of the answer: no word of a closed question's
 * hint is in a right option and in no wrong one (content-round3, Q5).
 */
export function checkHintGiveaways(sets: Record<string, QuestionSet>, report: Report) {
  for (const [slug, set] of Object.entries(sets)) {
    set.questions.forEach((question, index) => {
      if (!isClosed(question)) return;
      for (const locale of LOCALES) {
        const hint = question[locale].hint;
        if (!hint) continue;
        const right = question.options.filter((option) => question.reference.answer.includes(option.key)).map((option) => option[locale]);
        const wrong = question.options.filter((option) => !question.reference.answer.includes(option.key)).map((option) => option[locale]);
        const words = hintGiveaways(hint, right, wrong);
        if (words.length > 0) {
          report(
            `questions/${slug}.yaml`,
            `questions[${index}].${locale}.hint`,
            `"${question.key}": the hint repeats words that only the right options contain (cut to five letters: ${words.join(", ")}); say where to look, not what sets the answer apart`,
          );
        }
      }
    });
  }
}

/**
 * No two questions share the text of a right option: a learner who has done one article would
 * answer the other by recognition (content-round3, Q4). Spacing, typography and case do not count.
 */
export function checkSharedRightOptions(sets: Record<string, QuestionSet>, report: Report) {
  for (const locale of LOCALES) {
    const seen = new Map<string, string>();
    for (const [slug, set] of Object.entries(sets)) {
      set.questions.forEach((question, index) => {
        if (!isClosed(question)) return;
        question.options.forEach((option, at) => {
          if (!question.reference.answer.includes(option.key)) return;
          const text = sameText(option[locale]);
          const where = `${slug}/${question.key}`;
          const first = seen.get(text);
          if (first && first !== where) {
            report(`questions/${slug}.yaml`, `questions[${index}].options[${at}].${locale}`, `"${question.key}": its right option "${option.key}" has the same text as a right option of ${first}; word each its own way`);
          } else seen.set(text, where);
        });
      });
    }
  }
}

/**
 * A correction of a claims file names the cards it changes, and each of them carries an "as of"
 * date on or after that correction, as the method page promises ("Une fiche corrigée porte une
 * nouvelle date « état au »").
 */
export function checkCorrectedCards(corrections: readonly Correction[], claims: Content["claims"], report: Report) {
  corrections.forEach((correction, index) => {
    const file = /^claims\/([a-z0-9-]+)\.yaml$/.exec(correction.where);
    if (!file) {
      if (correction.cards) report("corrections.yaml", `[${index}].cards`, "only a correction of a claims file names cards");
      return;
    }
    if (!correction.cards) {
      report("corrections.yaml", `[${index}].cards`, `missing: name the cards of ${correction.where} this correction changes ([] if it changes none)`);
      return;
    }
    const cards = new Map<string, Claim>((claims[file[1]!]?.claims ?? []).map((claim) => [claim.id, claim]));
    correction.cards.forEach((id, at) => {
      const card = cards.get(id);
      if (!card) report("corrections.yaml", `[${index}].cards[${at}]`, `no card "${id}" in ${correction.where}`);
      else if (card.asOf < correction.date) {
        report(`claims/${file[1]}.yaml`, `${id}.asOf`, `is ${card.asOf}, before its correction of ${correction.date} (corrections.yaml [${index}]): a corrected card carries a new "as of" date`);
      }
    });
  });
}
