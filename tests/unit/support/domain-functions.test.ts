import { describe, expect, it } from "vitest";
import { domainFunctions } from "../../support/domain-functions";

/** The rule that decides which functions the authorization matrix must list (tests/support/domain-functions.ts). */
describe("domain functions", () => {
  const found = domainFunctions().map(({ module, name }) => `${module} ${name}`);

  it("finds functions taking a viewer, a nullable one or one to resolve, declared or as arrow constants", () => {
    expect(found).toEqual(
      expect.arrayContaining([
        "classes/queries.ts listClasses",
        "classes/join.ts joinClass",
        "answers/mutations.ts saveAnswer",
        "classes/mutations.ts renameClass",
        "review/work.ts getAssignmentWork",
      ]),
    );
  });

  it("leaves out the policies, the session layer, the actions and helpers that take no viewer", () => {
    const names = found.map((entry) => entry.split(" ")[1]);
    for (const name of [
      "isTeacher",
      "classesOwnedBySql",
      "signInWithinLimits",
      "runTeacherAction",
      "createAssignmentsAction",
      "requireOwnClass",
      "deleteClassAndStudents",
    ])
      expect(names).not.toContain(name);
  });
});
