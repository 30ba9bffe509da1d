import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, editYaml, issuesOf } from "../../support/content-copy";

/** The clean passages of the reference annotations (issue 27): planted faults, each reported with its file and field. */
describe("clean passages of a reference annotation", () => {
  it("reports a quote not in the article, one overlapping a technique span and an unknown source", { timeout: 30_000 }, async () => {
    const dir = await copyContent();
    const file = "annotations/cheval-de-troie-us.yaml";
    await editYaml(path.join(dir, file), (doc) => {
      doc.setIn(["clean", 0, "quote"], "• Une frontière immense avec la Chine: 6846 km.");
      // Span a02's own words, in p21: a clean passage must hold no technique.
      doc.setIn(["clean", 1, "block"], "p21");
      doc.setIn(["clean", 1, "quote"], "un porte avion continental");
      doc.setIn(["clean", 9, "sources"], ["no-such-source"]);
    });
    const issues = await issuesOf(dir);
    expect(issues).toContainEqual({
      file: `content/${file}`,
      field: "clean[0]",
      message: 'quote not found verbatim in cheval-de-troie-us p4: "• Une frontière immense avec la Chine: 6846 km."',
    });
    expect(issues).toContainEqual({
      file: `content/${file}`,
      field: "clean[1]",
      message: 'overlaps technique span "a02": a clean passage must hold no technique',
    });
    expect(issues).toContainEqual({ file: `content/${file}`, field: "clean[9].sources[0]", message: 'unknown source "no-such-source" (not in sources.yaml)' });
  });

  it("reports too few clean passages, too few excerpts, excerpts out of order and an id used twice", { timeout: 30_000 }, async () => {
    const dir = await copyContent();
    const file = "annotations/main-des-americains.yaml";
    await editYaml(path.join(dir, file), (doc) => {
      const excerpt = doc.getIn(["clean", 7]);
      doc.setIn(["clean"], doc.createNode([doc.getIn(["clean", 0]), doc.getIn(["clean", 1]), excerpt]));
      doc.setIn(["clean", 1, "id"], "a01");
    });
    const issues = (await issuesOf(dir)).filter((issue) => issue.file === `content/${file}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        { file: `content/${file}`, field: "clean", message: "needs 8 to 12 clean passages, has 3" },
        { file: `content/${file}`, field: "clean", message: "needs 2 to 4 control excerpts, has 1" },
        { file: `content/${file}`, field: "clean[2].block", message: "expected x1, found x2" },
        { file: `content/${file}`, field: "clean[1].id", message: '"a01" is used twice' },
      ]),
    );
  });

  it("reports an excerpt without its English", { timeout: 30_000 }, async () => {
    const dir = await copyContent();
    await editYaml(path.join(dir, "annotations/cheval-de-troie-us.yaml"), (doc) => doc.deleteIn(["clean", 8, "en"]));
    expect(await issuesOf(dir)).toContainEqual({
      file: "content/annotations/cheval-de-troie-us.yaml",
      field: "clean[8]",
      message: "a clean passage is a sentence of the article (id, block p…, quote) or a control excerpt (id, block x…, sources, fr and en)",
    });
  });
});
