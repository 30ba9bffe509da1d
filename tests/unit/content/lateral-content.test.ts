import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, editYaml, issuesOf } from "../../support/content-copy";

/** Lateral reading (issue 27): a task investigates a source card of its article, and has a fact-checker's path whose sources exist. */

const slug = "axe-russie-resistance-chine";
const file = `content/questions/${slug}.yaml`;

/** The index of the article's lateral-reading task in its question set. */
async function lateralIndex(dir: string): Promise<number> {
  let index = -1;
  await editYaml(path.join(dir, "questions", `${slug}.yaml`), (doc) => {
    const questions = doc.get("questions") as { items: Array<{ get: (key: string) => unknown }> };
    index = questions.items.findIndex((question) => question.get("type") === "lateral");
  });
  return index;
}

// Each case copies and checks the whole of content/: seconds on a busy machine.
describe("a lateral-reading task in content/", { timeout: 30_000 }, () => {
  it("investigating a source card of another article, or one with no fact-checker's path", async () => {
    const dir = await copyContent();
    const index = await lateralIndex(dir);
    await editYaml(path.join(dir, "questions", `${slug}.yaml`), (doc) => doc.setIn(["questions", index, "subject"], "boris-karpov"));
    await editYaml(path.join(dir, "lateral.yaml"), (doc) => doc.deleteIn([doc.toJS().findIndex((entry: { subject: string }) => entry.subject === "boris-karpov")]));
    const issues = await issuesOf(dir);
    expect(issues).toContainEqual({ file, field: `questions[${index}].subject`, message: `"boris-karpov" is not a source card of ${slug}` });
    expect(issues).toContainEqual({ file, field: `questions[${index}].subject`, message: `no fact-checker's path for "boris-karpov" in lateral.yaml` });
  });

  it("a path step citing a source the bibliography does not have, and a path for no card", async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "lateral.yaml"), (doc) => {
      doc.setIn([0, "steps", 0, "sources"], ["no-such-source"]);
      doc.setIn([1, "subject"], "no-such-card");
    });
    const issues = await issuesOf(dir);
    expect(issues).toContainEqual({ file: "content/lateral.yaml", field: "[0].steps[0].sources[0]", message: 'unknown source "no-such-source" (not in sources.yaml)' });
    expect(issues).toContainEqual({ file: "content/lateral.yaml", field: "[1].subject", message: 'unknown source card "no-such-card"' });
  });
});
