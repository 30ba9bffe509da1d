import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkGuides } from "@/lib/content/guide-checks";
import { COMPARISON_GUIDE, guideFileSchema, LESSON_MINUTES, type GuideFile } from "@/lib/content/guide-schemas";
import { loadContent, type Content } from "@/lib/content/load";
import { questionSetSchema } from "@/lib/content/schemas";
import { copyContent, editYaml, issuesOf, repoRoot as root, runContentCheck, type YamlDocument } from "../../support/content-copy";

/** A question file names its suggested short lesson (its keys are checked by lib/content/check.ts, not here). */
const SETS = { short: ["a", "b", "c", "d", "e"] };

/**
 * The teachers' guides in `npm run content:check`: each rule breaks on a planted fault, first on
 * the pure check (lib/content/guide-checks.ts), then through the loader on a copy of content/.
 */

type Issue = { file: string; field: string; message: string };

// ───────────────────────────── The rules between files, on made-up content ─────────────────────────────

const titled = (title: string) => ({ fr: { title, text: `${title}, en français.` }, en: { title, text: `${title}, in English.` } });

/** A valid guide of `subject` whose questions are `keys`; `edit` plants the fault. */
function guide(subject: string, keys: [string, string], edit: (raw: Record<string, unknown>) => void = () => {}): GuideFile {
  const raw: Record<string, unknown> = {
    subject,
    asOf: "2026-12-07",
    fr: { summary: "Résumé." },
    en: { summary: "Summary." },
    objectives: [
      { programmes: ["emi-cycle4"], questions: [keys[0]], fr: "Objectif.", en: "Objective." },
      { programmes: ["hggsp-premiere"], questions: [keys[1]], fr: "Objectif.", en: "Objective." },
    ],
    plan: [
      { minutes: 20, screen: "reader", questions: [keys[0]], ...titled("Lire") },
      { minutes: 25, screen: "projection", questions: [keys[1]], ...titled("Projeter") },
      { minutes: 10, screen: "charts", ...titled("Conclure") },
    ],
    twoLessons: [
      { questions: [keys[0]], ...titled("Séance 1") },
      { questions: [keys[1]], ...titled("Séance 2") },
    ],
    background: [1, 2, 3].map((n) => ({ sources: ["a-source"], fr: `Fait ${n}.`, en: `Fact ${n}.` })),
    misconceptions: [1, 2].map(() => ({ questions: [keys[0]], fr: { belief: "Idée.", answer: "Réponse." }, en: { belief: "Belief.", answer: "Answer." } })),
    extension: { questions: [keys[1]], ...titled("Prolonger") },
  };
  edit(raw);
  return guideFileSchema.parse(raw);
}

const question = (key: string) => ({ key, stage: "claim", type: "open", fr: { prompt: "?", teacherNotes: "." }, en: { prompt: "?", teacherNotes: "." } });

function contentWith(guides: Record<string, GuideFile>): Pick<Content, "guides" | "questionSets" | "comparison"> {
  return {
    guides,
    questionSets: { "an-article": questionSetSchema.parse({ article: "an-article", sets: SETS, questions: [question("first"), question("second"), question("third")] }) },
    comparison: { exercise: { key: "narrative-matrix" } } as Content["comparison"],
  };
}

function issuesOfGuides(guides: Record<string, GuideFile>): Issue[] {
  const issues: Issue[] = [];
  checkGuides(contentWith(guides), (file, field, message) => issues.push({ file, field, message }));
  return issues;
}

describe("checkGuides", () => {
  it("accepts a guide that cites its subject's questions and fills the lesson", () => {
    expect(issuesOfGuides({ "an-article": guide("an-article", ["first", "second"]), [COMPARISON_GUIDE]: guide(COMPARISON_GUIDE, ["narrative-matrix", "narrative-matrix"]) })).toEqual([]);
  });

  it("reports a question key that is not one of the article's, wherever it is cited", () => {
    const planted = guide("an-article", ["first", "second"], (raw) => {
      (raw.plan as Array<{ questions?: string[] }>)[2]!.questions = ["no-such-question"];
      (raw.misconceptions as Array<{ questions: string[] }>)[1]!.questions = ["first", "sceond"];
    });
    expect(issuesOfGuides({ "an-article": planted })).toEqual([
      { file: "guides/an-article.yaml", field: "plan[2].questions[0]", message: '"no-such-question" is not a question of questions/an-article.yaml' },
      { file: "guides/an-article.yaml", field: "misconceptions[1].questions[1]", message: '"sceond" is not a question of questions/an-article.yaml' },
    ]);
  });

  it("reports, in the comparison's guide, a key that is not the comparison exercise's (an article's question, say)", () => {
    expect(issuesOfGuides({ [COMPARISON_GUIDE]: guide(COMPARISON_GUIDE, ["narrative-matrix", "first"]) })).toEqual([
      {
        file: "guides/comparison.yaml",
        field: "objectives[1].questions[0]",
        message: '"first" is not the comparison exercise\'s question ("narrative-matrix" in comparison.yaml)',
      },
      {
        file: "guides/comparison.yaml",
        field: "plan[1].questions[0]",
        message: '"first" is not the comparison exercise\'s question ("narrative-matrix" in comparison.yaml)',
      },
      {
        file: "guides/comparison.yaml",
        field: "twoLessons[1].questions[0]",
        message: '"first" is not the comparison exercise\'s question ("narrative-matrix" in comparison.yaml)',
      },
      {
        file: "guides/comparison.yaml",
        field: "extension.questions[0]",
        message: '"first" is not the comparison exercise\'s question ("narrative-matrix" in comparison.yaml)',
      },
    ]);
  });

  it("reports a plan that does not fill the lesson", () => {
    const short = guide("an-article", ["first", "second"], (raw) => {
      (raw.plan as Array<{ minutes: number }>)[2]!.minutes = 5;
    });
    expect(issuesOfGuides({ "an-article": short })).toEqual([
      { file: "guides/an-article.yaml", field: "plan", message: `its steps add up to 50 minutes, not the lesson's ${LESSON_MINUTES}` },
    ]);
  });

  it("reports a guide whose subject is not its file's name", () => {
    expect(issuesOfGuides({ "an-article": guide("another-article", ["first", "second"]) })).toContainEqual({
      file: "guides/an-article.yaml",
      field: "subject",
      message: 'must be "an-article", the name of its file',
    });
  });
});

// ───────────────────────────── Through the loader, on a copy of content/ ─────────────────────────────

async function editGuide(dir: string, subject: string, edit: (doc: YamlDocument) => void) {
  await editYaml(path.join(dir, "guides", `${subject}.yaml`), edit);
}

describe("content/guides/", { timeout: 30_000 }, () => {
  let slug: string;
  let file: string;
  beforeAll(async () => {
    slug = (await loadContent(path.join(root, "content"))).articles[0]!.slug;
    file = `content/guides/${slug}.yaml`;
  });

  it("has a guide for every article and one for the comparison, as committed", async () => {
    const content = await loadContent(path.join(root, "content"));
    expect(Object.keys(content.guides).sort()).toEqual([...content.articles.map((article) => article.slug), COMPARISON_GUIDE].sort());
  });

  it("a guide missing a language: its English summary, or a misconception's English", async () => {
    const dir = await copyContent();
    await editGuide(dir, slug, (doc) => {
      doc.deleteIn(["en"]);
      doc.deleteIn(["misconceptions", 0, "en"]);
    });
    const issues = await issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file, field: "en" }));
    expect(issues).toContainEqual(expect.objectContaining({ file, field: "misconceptions[0].en" }));
  });

  it("an article without a guide", async () => {
    const dir = await copyContent();
    await rm(path.join(dir, "guides", `${slug}.yaml`));
    expect(await issuesOf(dir)).toContainEqual({ file, field: "", message: "file is missing" });
  });

  it("a guide named after nothing", async () => {
    const dir = await copyContent();
    await cp(path.join(dir, "guides", `${slug}.yaml`), path.join(dir, "guides", "no-such-article.yaml"));
    expect(await issuesOf(dir)).toContainEqual({
      file: "content/guides/no-such-article.yaml",
      field: "",
      message: 'names no article and not "comparison": no page shows it',
    });
  });

  it("a question key the article does not have", async () => {
    const dir = await copyContent();
    await editGuide(dir, slug, (doc) => doc.setIn(["plan", 0, "questions"], ["no-such-question"]));
    expect(await issuesOf(dir)).toContainEqual({
      file,
      field: "plan[0].questions[0]",
      message: `"no-such-question" is not a question of questions/${slug}.yaml`,
    });
  });

  it("a source id the bibliography does not have", async () => {
    const dir = await copyContent();
    await editGuide(dir, COMPARISON_GUIDE, (doc) => doc.setIn(["background", 1, "sources"], ["no-such-source"]));
    expect(await issuesOf(dir)).toContainEqual({
      file: "content/guides/comparison.yaml",
      field: "background[1].sources[0]",
      message: 'unknown source "no-such-source" (not in sources.yaml)',
    });
  });

  it("French prose held to French typography and to the English twin's numbers", async () => {
    const dir = await copyContent();
    await editGuide(dir, slug, (doc) => {
      doc.setIn(["background", 0, "fr"], 'Le "bilan" de 48 morts.');
      doc.setIn(["background", 0, "en"], "The toll of 40 dead.");
    });
    const issues = await issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file, field: "background[0].fr", message: expect.stringMatching(/^French typography: straight quotes/) }));
    expect(issues).toContainEqual(expect.objectContaining({ file, field: "background[0].fr", message: expect.stringMatching(/numbers differ from the English twin/) }));
  });

  it("npm run content:check exits 1 and names the guide", async () => {
    const dir = await copyContent();
    await editGuide(dir, slug, (doc) => doc.setIn(["plan", 0, "minutes"], 1));
    const result = await runContentCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`content/guides/${slug}.yaml → plan: its steps add up to`);
  });
});
