import { describe, expect, it } from "vitest";
import { routeParams } from "@/lib/http/route-params";

/** A page's address segments are checked where the page reads them: ids and keys, or "not found" (issue 22: an encoded NUL answered 500). */

const notFoundIn = (locale: string) => expect.objectContaining({ digest: expect.stringContaining(`;/${locale}/not-found;`) });

describe("routeParams", () => {
  it("gives back ids and content keys as they are", async () => {
    const params = { locale: "fr", classId: "cmxd7ra4b0000cm7d1z5xbot3", enrolmentId: "bench-class-1-s1-e", questionKey: "main-claim" };
    await expect(routeParams(Promise.resolve(params))).resolves.toEqual(params);
  });

  it.each([
    ["a NUL in an id", { locale: "fr", attemptId: "a\u0000b" }, "fr"],
    ["a NUL in a key", { locale: "en", classId: "c1", questionKey: "\u0000x" }, "en"],
    ["an encoded NUL", { locale: "fr", questionKey: "main%00claim" }, "fr"],
    ["a key in capitals", { locale: "fr", questionKey: "Main-Claim" }, "fr"],
    ["an id with a slash", { locale: "fr", classId: "../x" }, "fr"],
    ["an empty id", { locale: "en", assignmentId: "" }, "en"],
  ])("sends %s to the not-found page of the address's language", async (_, params, locale) => {
    await expect(routeParams(Promise.resolve(params))).rejects.toEqual(notFoundIn(locale));
  });
});
