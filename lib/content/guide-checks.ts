import { COMPARISON_GUIDE, LESSON_MINUTES } from "./guide-schemas";
import type { Report } from "./guards";
import type { Content } from "./types";
import { eachNamedList } from "./walk";

/**
 * The rules between a teacher's guide and the rest of content/: it is the guide of what its file
 * is named after, every question it cites is one of that subject's (an article's questions, or the
 * comparison exercise), and its plan fills one lesson. Pure, so each rule can be tested on a
 * planted fault. Every guide existing, in both languages, with known sources, is the loader's and
 * the common checks' (./load.ts, ./check.ts).
 */
export function checkGuides(content: Pick<Content, "guides" | "questionSets" | "comparison">, report: Report) {
  for (const [subject, guide] of Object.entries(content.guides)) {
    const file = `guides/${subject}.yaml`;
    if (guide.subject !== subject) report(file, "subject", `must be "${subject}", the name of its file`);

    const cited = citableQuestions(content, subject);
    if (cited) {
      eachNamedList("questions", guide, (keys, field) =>
        keys.forEach((key, at) => {
          if (!cited.keys.has(key)) report(file, `${field}[${at}]`, `"${key}" is not ${cited.what}`);
        }),
      );
    }

    const minutes = guide.plan.reduce((sum, step) => sum + step.minutes, 0);
    if (minutes !== LESSON_MINUTES) report(file, "plan", `its steps add up to ${minutes} minutes, not the lesson's ${LESSON_MINUTES}`);
  }
}

/** The keys a guide may cite, and how to name them in a message; undefined when its questions failed to load (already reported). */
function citableQuestions(content: Pick<Content, "questionSets" | "comparison">, subject: string): { keys: Set<string>; what: string } | undefined {
  if (subject === COMPARISON_GUIDE) {
    const { key } = content.comparison.exercise;
    return { keys: new Set([key]), what: `the comparison exercise's question ("${key}" in comparison.yaml)` };
  }
  const set = content.questionSets[subject];
  if (!set) return undefined;
  return { keys: new Set(set.questions.map((question) => question.key)), what: `a question of questions/${subject}.yaml` };
}
