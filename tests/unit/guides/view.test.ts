import { describe, expect, it } from "vitest";
import { guidePath, guideSubjectForExercise } from "@/lib/guides/paths";
import { screenHref, stagesOf, type GuideQuestion } from "@/lib/guides/view";

/** What a guide's page derives from its text: which guide an assignment has, the method's stages of its questions, where a screen is. */

const questions: GuideQuestion[] = [
  { key: "before-trust", number: 2, stage: "before", prompt: "?" },
  { key: "source-who", number: 3, stage: "source", prompt: "?" },
  { key: "evidence-passages", number: 5, stage: "evidence", prompt: "?" },
  { key: "evidence-kind", number: 6, stage: "evidence", prompt: "?" },
];

describe("guideSubjectForExercise", () => {
  it.each([
    ["article:cheval-de-troie-us", "cheval-de-troie-us"],
    ["comparison", "comparison"],
    ["article:no-such-article", null],
    ["cheval-de-troie-us", null],
  ])("%s → %s", (exerciseKey, subject) => {
    expect(guideSubjectForExercise(exerciseKey, ["ordre-contre-desordre", "cheval-de-troie-us"])).toBe(subject);
  });

  it("leads to the guide's page, under the teacher's area", () => {
    expect(guidePath("cheval-de-troie-us")).toBe("/teach/guides/cheval-de-troie-us");
  });
});

describe("stagesOf", () => {
  it("gives the stages in the method's order, each with its question numbers, whatever the order cited", () => {
    expect(stagesOf(["evidence-kind", "source-who", "evidence-passages", "before-trust"], questions)).toEqual([
      { stage: "before", numbers: [2] },
      { stage: "source", numbers: [3] },
      { stage: "evidence", numbers: [5, 6] },
    ]);
  });

  it("gives none for the comparison's grid, which has no stage", () => {
    expect(stagesOf(["narrative-matrix"], [{ key: "narrative-matrix", number: 1, stage: null, prompt: "?" }])).toEqual([]);
  });
});

describe("screenHref", () => {
  it("links the public screens, the article's own for an article's guide", () => {
    expect(screenHref("reader-claims", "main-des-americains")).toBe("/articles/main-des-americains/claims");
    expect(screenHref("compare-numbers", "comparison")).toBe("/compare/numbers");
    expect(screenHref("reader", "comparison")).toBe("/");
  });

  it("links no teacher's screen, which depends on the class", () => {
    for (const screen of ["progress", "by-question", "projection", "by-student", "charts"] as const)
      expect(screenHref(screen, "main-des-americains")).toBeNull();
  });
});
