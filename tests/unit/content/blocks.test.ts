import { describe, expect, it } from "vitest";
import { removeChrome, segmentBlocks } from "@/lib/content/blocks";
import type { BlockSpec } from "@/lib/content/schemas";

const spec = (id: string, kind: BlockSpec["kind"], lines = 1): BlockSpec => ({ id, kind, lines });

describe("segmentBlocks", () => {
  const body = "Titre\n\nVu du blog\n\nLégende ligne 1 \nligne 2\n\u00a0\n  • point un\n  • point deux\n";

  it("slices the body without changing a byte, with offsets that point back into it", () => {
    const { blocks, problems } = segmentBlocks(body, [
      spec("title", "title"),
      spec("p1", "site-text"),
      spec("p2", "caption", 2),
      spec("p3", "list-item"),
      spec("p4", "list-item"),
    ]);
    expect(problems).toEqual([]);
    expect(blocks.map((block) => block.text)).toEqual(["Titre", "Vu du blog", "Légende ligne 1 \nligne 2", "  • point un", "  • point deux"]);
    for (const block of blocks) expect(body.slice(block.start, block.end)).toBe(block.text);
    expect(blocks.map((block) => block.number)).toEqual([null, 1, 2, 3, 4]);
  });

  it("reports text left over after the listed blocks", () => {
    const { problems } = segmentBlocks(body, [spec("title", "title"), spec("p1", "site-text")]);
    expect(problems.join("\n")).toMatch(/text after the last listed block: "Légende ligne 1"/);
  });

  it("reports blocks the body cannot fill, and lines that are not consecutive", () => {
    expect(segmentBlocks("un\n\ndeux\n", [spec("p1", "paragraph", 2)]).problems.join("\n")).toMatch(/not consecutive/);
    expect(segmentBlocks("un\n", [spec("p1", "paragraph"), spec("p2", "paragraph")]).problems.join("\n")).toMatch(/p2.*no text left/);
  });

  it("requires ids to follow the margin numbers", () => {
    const { problems } = segmentBlocks("a\n\nb\n", [spec("p1", "paragraph"), spec("p3", "paragraph")]);
    expect(problems).toContain("blocks[1]: expected id p2, found p3");
  });
});

describe("removeChrome", () => {
  it("removes each listed piece exactly once", () => {
    expect(removeChrome("texte\n\nPartager\n", ["Partager\n"])).toEqual({ text: "texte\n\n", problems: [] });
  });
  it("refuses a piece that is absent or repeated", () => {
    expect(removeChrome("a b a", ["a"]).problems[0]).toMatch(/occurs 2 times/);
    expect(removeChrome("a", ["z"]).problems[0]).toMatch(/occurs 0 times/);
  });
});
