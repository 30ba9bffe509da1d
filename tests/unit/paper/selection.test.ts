import { describe, expect, it } from "vitest";
import { chosenQuestionKeys } from "@/lib/paper/selection";

const keys = ["before-knowledge", "before-trust", "source-who", "main-claim"];

describe("chosenQuestionKeys", () => {
  it("takes every question when none is asked for", () => {
    expect(chosenQuestionKeys(undefined, keys)).toEqual(keys);
    expect(chosenQuestionKeys("", keys)).toEqual(keys);
  });

  it("reads a comma-separated list and repeated parameters alike, in the reading method's order", () => {
    expect(chosenQuestionKeys("main-claim,before-trust", keys)).toEqual(["before-trust", "main-claim"]);
    expect(chosenQuestionKeys(["main-claim", "before-trust"], keys)).toEqual(["before-trust", "main-claim"]);
    expect(chosenQuestionKeys(["source-who,main-claim", " before-knowledge "], keys)).toEqual(["before-knowledge", "source-who", "main-claim"]);
  });

  it("leaves out keys the article does not have, and falls back to every question when none is left", () => {
    expect(chosenQuestionKeys("main-claim,nope,main-claim", keys)).toEqual(["main-claim"]);
    expect(chosenQuestionKeys("nope", keys)).toEqual(keys);
  });
});
