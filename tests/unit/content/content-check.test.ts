import path from "node:path";
import { readFile, writeFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { copyContent, editYaml, issuesOf, repoRoot as root, runContentCheck, type YamlDocument } from "../../support/content-copy";

describe("content/", () => {
  // Reads and checks every file of content/: seconds on a busy machine, so more than the default 5 s.
  it("is valid as committed", { timeout: 30_000 }, async () => {
    expect(await issuesOf(path.join(root, "content"))).toEqual([]);
  });
});

describe("a broken content file is reported with its file and field", () => {
  let slug: string;
  /** The keys of the first two questions of that article. */
  let first: string;
  let second: string;
  /** The comparison exercise's key. */
  let exercise: string;
  beforeAll(async () => {
    const content = await loadContent(path.join(root, "content"));
    slug = content.articles[0]!.slug;
    exercise = content.comparison.exercise.key;
    [first, second] = content.questionSets[slug]!.questions.map((question) => question.key) as [string, string];
  });

  it("a question pointing at a paragraph that does not exist", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "questions", `${slug}.yaml`), (doc) => doc.setIn(["questions", 0, "paragraphs"], ["p999"]));
    expect(await issuesOf(dir)).toContainEqual({
      file: `content/questions/${slug}.yaml`,
      field: "questions[0].paragraphs[0]",
      message: `paragraph "p999" does not exist in ${slug}`,
    });
  });

  it("a suggested set naming a question that does not exist, or one twice", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "questions", `${slug}.yaml`), (doc) => doc.setIn(["sets", "short"], ["no-such-question", first, second, first, second]));
    const issues = await issuesOf(dir);
    expect(issues).toContainEqual({ file: `content/questions/${slug}.yaml`, field: "sets.short[0]", message: `"no-such-question" is not a question of this set` });
    expect(issues).toContainEqual({ file: `content/questions/${slug}.yaml`, field: "sets.short[3]", message: `"${first}" is listed twice` });
  });

  it("a missing English prompt", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "questions", `${slug}.yaml`), (doc) => doc.deleteIn(["questions", 1, "en", "prompt"]));
    const issues = await issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: `content/questions/${slug}.yaml`, field: "questions[1].en.prompt" }));
  });

  it("an edited article text", async () => {
    const dir = await copyContent();
    const body = path.join(dir, "articles", slug, "body.txt");
    await writeFile(body, (await readFile(body, "utf8")).replace("Kazhakstan", "Kazakhstan"));
    expect(await issuesOf(dir)).toContainEqual(expect.objectContaining({ file: `content/articles/${slug}/body.txt` }));
  });

  it("a French number that differs from its English twin", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "background", "overview.yaml"), (doc) => {
      const french = String(doc.getIn([0, "fr", "text"]));
      doc.setIn([0, "fr", "text"], `${french} Environ 48 heures.`);
      doc.setIn([0, "en", "text"], `${String(doc.getIn([0, "en", "text"]))} About 40 hours.`);
    });
    expect(await issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: "content/background/overview.yaml", field: "[0].fr.text", message: expect.stringMatching(/numbers differ from the English twin/) }),
    );
  });

  it("a name spelt otherwise than in the glossary", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "background", "overview.yaml"), (doc) => {
      doc.setIn([0, "fr", "text"], `${String(doc.getIn([0, "fr", "text"]))} Le parti Nour Otan a changé de nom.`);
    });
    expect(await issuesOf(dir)).toContainEqual({
      file: "content/background/overview.yaml",
      field: "[0].fr.text",
      message: '"Nour" is spelt "Nur" in the glossary',
    });
  });

  it("a claim quote that is not verbatim in its article", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "claims", `${slug}.yaml`), (doc) => {
      const quote = String(doc.getIn(["claims", 0, "quote"]));
      doc.setIn(["claims", 0, "quote"], `${quote} (paraphrase)`);
    });
    expect(await issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: `content/claims/${slug}.yaml`, field: "claims[0]", message: expect.stringMatching(/quote not found verbatim/) }),
    );
  });

  it("a right option that alone is hedged, so a learner can pick it without reading", async () => {
    const dir = await copyContent();
    const content = await loadContent(path.join(root, "content"));
    const index = content.questionSets[slug]!.questions.findIndex((question) => question.type === "single");
    await editYaml(path.join(dir, "questions", `${slug}.yaml`), (doc) => {
      const options = doc.getIn(["questions", index, "options"]) as { items: unknown[] };
      const answer = String(doc.getIn(["questions", index, "reference", "answer", 0]));
      options.items.forEach((_, at) => {
        const key = String(doc.getIn(["questions", index, "options", at, "key"]));
        doc.setIn(["questions", index, "options", at, "fr"], key === answer ? "Environ deux mille, selon le parquet" : `Option ferme ${at}`);
      });
    });
    expect(await issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: `content/questions/${slug}.yaml`, message: expect.stringMatching(/is the only hedged one/) }),
    );
  });

  it("a corrected claim card still dated before its correction", async () => {
    const dir = await copyContent();
    const content = await loadContent(path.join(root, "content"));
    const corrected = content.corrections.find((correction) => correction.where.startsWith("claims/") && (correction.cards?.length ?? 0) > 0)!;
    const file = path.join(dir, corrected.where);
    await editYaml(file, (doc) => {
      const cards = doc.get("claims") as { items: Array<{ get: (key: string) => unknown }> };
      const at = cards.items.findIndex((item) => item.get("id") === corrected.cards![0]);
      doc.setIn(["claims", at, "asOf"], "2020-01-01");
    });
    expect(await issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: `content/${corrected.where}`, field: `${corrected.cards![0]}.asOf`, message: expect.stringMatching(/^is 2020-01-01, before its correction/) }),
    );
  });

  describe("rubrics", () => {
    let rubricFile: string;
    beforeAll(() => {
      rubricFile = `content/rubrics/${slug}.yaml`;
    });
    const editRubrics = async (edit: (doc: YamlDocument) => void) => {
      const dir = await copyContent();
      await editYaml(path.join(dir, "rubrics", `${slug}.yaml`), edit);
      return dir;
    };

    it("a question with no rubric", async () => {
      const dir = await editRubrics((doc) => doc.deleteIn(["questions", second]));
      expect(await issuesOf(dir)).toContainEqual({
        file: rubricFile,
        field: `questions.${second}`,
        message: `missing: questions/${slug}.yaml questions[1] has no rubric`,
      });
    });

    it("a rubric with three levels", async () => {
      const dir = await editRubrics((doc) => doc.deleteIn(["questions", first, 3]));
      expect(await issuesOf(dir)).toContainEqual({ file: rubricFile, field: `questions.${first}`, message: "a rubric has exactly four levels, 0 to 3" });
    });

    it("a rubric for a question that does not exist", async () => {
      const dir = await editRubrics((doc) => doc.setIn(["questions", "no-such-question"], doc.getIn(["questions", first])));
      expect(await issuesOf(dir)).toContainEqual({
        file: rubricFile,
        field: "questions.no-such-question",
        message: `"no-such-question" is not a question of questions/${slug}.yaml`,
      });
    });

    it("a level missing its English", async () => {
      const dir = await editRubrics((doc) => doc.deleteIn(["questions", first, 0, "en"]));
      expect(await issuesOf(dir)).toContainEqual(expect.objectContaining({ file: rubricFile, field: `questions.${first}[0].en` }));
    });

    it("a level whose French is not typeset or states other numbers than the English", async () => {
      const dir = await editRubrics((doc) => {
        doc.setIn(["questions", second, 2, "fr"], 'Cite le "bilan" de 48 morts.');
        doc.setIn(["questions", second, 2, "en"], "Quotes the toll of 40 dead.");
      });
      const issues = await issuesOf(dir);
      const field = `questions.${second}[2].fr`;
      expect(issues).toContainEqual(expect.objectContaining({ file: rubricFile, field, message: expect.stringMatching(/^French typography: straight quotes/) }));
      expect(issues).toContainEqual(expect.objectContaining({ file: rubricFile, field, message: expect.stringMatching(/numbers differ from the English twin/) }));
    });

    describe("the comparison exercise's, in comparison.yaml", () => {
      const editComparison = async (edit: (doc: YamlDocument) => void) => {
        const dir = await copyContent();
        await editYaml(path.join(dir, "comparison.yaml"), edit);
        return dir;
      };

      it("missing", async () => {
        const dir = await editComparison((doc) => doc.deleteIn(["exercise", "rubric"]));
        expect(await issuesOf(dir)).toContainEqual({
          file: "content/comparison.yaml",
          field: "exercise.rubric",
          message: `missing: the comparison exercise "${exercise}" has no rubric`,
        });
      });

      it("with three levels", async () => {
        const dir = await editComparison((doc) => doc.deleteIn(["exercise", "rubric", 3]));
        expect(await issuesOf(dir)).toContainEqual({ file: "content/comparison.yaml", field: "exercise.rubric", message: "a rubric has exactly four levels, 0 to 3" });
      });

      it("not reported missing when comparison.yaml itself is broken", async () => {
        const dir = await copyContent();
        await writeFile(path.join(dir, "comparison.yaml"), "exercise: [");
        const issues = await issuesOf(dir);
        expect(issues).toContainEqual(expect.objectContaining({ file: "content/comparison.yaml", message: expect.stringMatching(/^invalid YAML/) }));
        expect(issues).not.toContainEqual(expect.objectContaining({ field: "exercise.rubric" }));
      });
    });
  });

  it("npm run content:check exits 1 and names the file", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "questions", `${slug}.yaml`), (doc) => doc.setIn(["questions", 0, "paragraphs"], ["p999"]));
    const result = await runContentCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`content/questions/${slug}.yaml → questions[0].paragraphs[0]`);
  }, 30_000);
});
