import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import type { SaveAnswerInput } from "@/lib/answers/schemas";
import type { Viewer } from "@/lib/auth/viewer";
import { getContent } from "@/lib/content";
import { controlExcerpts } from "@/lib/content/controls";
import { db } from "@/lib/db";
import { messagesFor } from "@/i18n/messages";
import { createLearner, newSaveId } from "../support/factories";

/** The technique exercise's control excerpts (issue 27) on the save path: accepted there, refused elsewhere with a message of their own. */

let article: string;
let technique: string;
let evidence: string;
let excerpt: { block: string; text: string };

beforeAll(async () => {
  const content = await getContent();
  const first = content.articles[0]!;
  const questions = content.questionSets[first.slug]!.questions;
  article = first.slug;
  technique = questions.find((question) => question.type === "technique")!.key;
  evidence = questions.find((question) => question.type === "evidence")!.key;
  const x1 = controlExcerpts(content.annotations[first.slug])[0]!;
  excerpt = { block: x1.block, text: x1.fr };
});

const save = (viewer: Viewer, question: string, value: unknown) =>
  saveAnswer({ article, question, value, baseRevision: 0, saveId: newSaveId() } satisfies SaveAnswerInput, async () => viewer);

const inExcerpt = () => ({ block: excerpt.block, start: 0, end: 12, quote: excerpt.text.slice(0, 12) });

describe("a highlight in a control excerpt", () => {
  it("is saved for the technique question", async () => {
    const learner = await createLearner();
    await save(learner, technique, { tags: [{ ...inExcerpt(), technique: "loaded-language" }] });
    const stored = await db().answer.findFirstOrThrow({ where: { attempt: { userId: learner.id }, question: { key: technique } } });
    expect(stored.value).toEqual({ tags: [{ ...inExcerpt(), technique: "loaded-language" }] });
  });

  it("is refused when its words are not the excerpt's", async () => {
    const learner = await createLearner();
    await expect(save(learner, technique, { tags: [{ ...inExcerpt(), quote: "autre chose", technique: "doubt" }] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      save(learner, technique, { tags: [{ block: "x9", start: 0, end: 12, quote: excerpt.text.slice(0, 12), technique: "doubt" }] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("is refused for an evidence question, with a message in both languages, and nothing is stored", async () => {
    const learner = await createLearner();
    await expect(save(learner, evidence, { highlights: [inExcerpt()] })).rejects.toMatchObject({ code: "CONTROL_EXCERPT" });
    expect(await db().answer.count({ where: { attempt: { userId: learner.id } } })).toBe(0);
    expect(messagesFor("fr").errors.codes.CONTROL_EXCERPT).toMatch(/extrait de contrôle/);
    expect(messagesFor("en").errors.codes.CONTROL_EXCERPT).toMatch(/control excerpt/);
  });
});
