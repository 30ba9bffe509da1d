import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import type { Question } from "@/lib/content/schemas";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { BOM, parseCsv } from "@/lib/export/csv";
import { exportCsv } from "@/lib/export/export-csv";
import { getExportTarget } from "@/lib/export/queries";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { cleanItems } from "@/lib/content/controls";
import { referenceSpans } from "@/lib/results/results";
import { discernment } from "@/lib/scoring/discernment";
import { releaseFeedback, saveFeedback } from "@/lib/review/mutations";
import { getQuestionReview } from "@/lib/review/queries";
import { createAssignment, createClassWithStudents, newSaveId, type TestClass } from "../support/factories";
import { recordStatements } from "../support/sql-statements";
import * as assignmentExportRoute from "@/app/api/teach/assignments/[assignmentId]/export/route";
import { callRoute } from "../support/routes";
import { sessionCookie } from "../support/sessions";

/**
 * The CSV export over HTTP, with real sessions: what a spreadsheet reads back (BOM, accents,
 * `;`, quoting, formulas defused), pseudonyms, who gets a 404, and rows streamed from the cursor.
 */

let slug: string;
let questions: Question[];
const TRICKY = 'Réponse « accentuée » ; avec "guillemets", virgule\net retour';

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[1]!.slug;
  questions = content.questionSets[slug]!.questions;
});

const byType = (type: Question["type"]) => questions.find((question) => question.type === type)!;

async function answeredClass(): Promise<{ cls: TestClass; assignmentId: string }> {
  const cls = await createClassWithStudents({ names: ["Zoé Ørsted", "Élodie", "Hugo"] });
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
  const [zoe, elodie] = cls.students;
  const save = (student: typeof zoe, question: Question, value: unknown) =>
    saveAnswer({ article: slug, question: question.key, assignmentId, value, baseRevision: 0, saveId: newSaveId() }, async () => student!);
  await save(zoe, byType("open"), { text: TRICKY });
  const single = byType("single");
  const option = single.type === "single" ? single.options[0]! : null;
  await save(zoe, single, { choice: option!.key });
  await save(elodie, byType("open"), { text: '=HYPERLINK("http://evil")' });
  const answer = await db().answer.findFirstOrThrow({ where: { attempt: { userId: zoe!.id }, question: { key: byType("open").key } } });
  await db().feedback.create({ data: { answerId: answer.id, teacherId: cls.teacher.id, comment: "Très bien, précis", score: 3, maxScore: 3 } });
  return { cls, assignmentId };
}

async function download(assignmentId: string, query: string, cookie?: string) {
  const url = `http://school.test:3000/api/teach/assignments/${assignmentId}/export?${query}`;
  const response = await callRoute(assignmentExportRoute, url, { headers: { host: "school.test:3000", ...(cookie ? { cookie } : {}) } }, { assignmentId });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    headers: { location: response.headers.get("location") },
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

describe("CSV export", () => {
  it("reads back in a spreadsheet: BOM, accents, `;`, quoting, one line per student × question, draft feedback", async () => {
    const { cls, assignmentId } = await answeredClass();
    const response = await download(assignmentId, "sep=semicolon&locale=fr", await sessionCookie(cls.teacher));
    expect(response.status).toBe(200);
    expect(response.type).toBe("text/csv; charset=utf-8");
    expect([...response.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(response.body);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text, "semicolon");
    expect(header).toEqual([
      "Classe",
      "Devoir",
      "Élève",
      "Question",
      "Énoncé",
      "Réponse",
      "Note",
      "Note maximale",
      "Commentaire",
      "Vu par l'élève",
      "Note vue par l'élève",
      "Commentaire vu par l'élève",
      "Commencé le",
      "Remis le",
      "Réponse modifiée le",
      "repérés",
      "passages manipulateurs",
      "neutres marqués",
      "passages neutres",
      "d′",
      "c",
    ]);
    const live = questions.length;
    expect(rows).toHaveLength(3 * live);
    const zoeOpen = rows.find((row) => row[2] === "Zoé Ørsted" && row[3] === byType("open").key)!;
    expect(zoeOpen[5]).toBe(TRICKY);
    expect(zoeOpen[4]).toBe(byType("open").fr.prompt);
    expect(zoeOpen.slice(6, 12)).toEqual(["3", "3", "Très bien, précis", "non", "", ""]);
    // Dates a French spreadsheet reads as dates: day first, Paris time, no "T…Z".
    expect(zoeOpen[12]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    const single = byType("single");
    const zoeSingle = rows.find((row) => row[2] === "Zoé Ørsted" && row[3] === single.key)!;
    expect(zoeSingle[5]).toBe(single.type === "single" ? single.options[0]!.fr : "");
    expect(rows.find((row) => row[2] === "Élodie" && row[3] === byType("open").key)![5]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows.filter((row) => row[2] === "Hugo").every((row) => row[5] === "" && row[12] === "")).toBe(true);
  });

  it("writes the technique line's hits, false alarms, d′ and c, and they recompute from the row", async () => {
    const content = await getContent();
    const article = content.articles.find((candidate) => candidate.slug === slug)!;
    const cls = await createClassWithStudents({ names: ["Inès"] });
    const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
    const [span] = referenceSpans(article, content);
    const [clean] = cleanItems(article.blocks, content.annotations[slug]);
    const tag = (item: { block: string; start: number; end: number; quote: string }) => ({
      block: item.block,
      start: item.start,
      end: item.end,
      quote: item.quote,
      technique: "loaded-language",
    });
    const technique = byType("technique");
    await saveAnswer(
      { article: slug, question: technique.key, assignmentId, value: { tags: [tag(span!), tag(clean!)] }, baseRevision: 0, saveId: newSaveId() },
      async () => cls.students[0]!,
    );
    const response = await download(assignmentId, "sep=comma&locale=en", await sessionCookie(cls.teacher));
    const [header, ...rows] = parseCsv(new TextDecoder().decode(response.body), "comma");
    const at = (name: string) => header!.indexOf(name);
    const line = rows.find((row) => row[3] === technique.key)!;
    const counts = {
      hits: Number(line[at("hits")]),
      signal: Number(line[at("manipulative passages")]),
      falseAlarms: Number(line[at("false alarms")]),
      noise: Number(line[at("neutral passages")]),
    };
    expect(counts).toEqual({ hits: 1, signal: referenceSpans(article, content).length, falseAlarms: 1, noise: content.annotations[slug]!.clean.length });
    const recomputed = discernment(counts);
    expect(Number(line[at("d′")])).toBeCloseTo(recomputed.dPrime!, 3);
    expect(Number(line[at("c")])).toBeCloseTo(recomputed.bias!, 3);
    // Other lines leave the columns empty.
    expect(rows.filter((row) => row[3] !== technique.key).every((row) => row.slice(at("hits")).every((cell) => cell === ""))).toBe(true);
  });

  // Issue: the pseudonymised CSV numbered students by arrival, projection and blind review by the
  // roll call, so one number named two different students.
  it("pseudonymised: no name anywhere, each student under the number the review screens give them; English on request", async () => {
    const { cls, assignmentId } = await answeredClass();
    const cookie = await sessionCookie(cls.teacher);
    const first = new TextDecoder().decode((await download(assignmentId, "pseudonymised=1&locale=en", cookie)).body);
    for (const student of cls.students) expect(first).not.toContain(student.name);
    const rows = parseCsv(first, "comma").slice(1);
    const review = (await getQuestionReview(cls.teacher, cls.classId, assignmentId, byType("open").key))!;
    const numberOf = (name: string) => review.answers.find((answer) => answer.name === name)!.number;
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(cls.students.map((student) => `Student ${numberOf(student.name)}`)));
    expect(rows.find((row) => row[2] === `Student ${numberOf("Zoé Ørsted")}` && row[3] === byType("open").key)![5]).toBe(TRICKY);
    // Listed by number, and the same file every time.
    const numbers = rows.map((row) => Number(row[2]!.replace("Student ", "")));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new TextDecoder().decode((await download(assignmentId, "pseudonymised=1&locale=en", cookie)).body)).toBe(first);
  });

  // Issue: a comment edited after it was released was exported as released, while the student still saw the first one.
  it("says what the student sees of each feedback: nothing yet, the current one, or an earlier version", async () => {
    const { cls, assignmentId } = await answeredClass();
    const feedback = await db().feedback.findFirstOrThrow({ where: { answer: { attempt: { assignmentId } } } });
    const zoeOpenLine = async () => {
      const text = new TextDecoder().decode((await download(assignmentId, "sep=semicolon&locale=fr", await sessionCookie(cls.teacher))).body);
      return parseCsv(text, "semicolon")
        .find((row) => row[2] === "Zoé Ørsted" && row[3] === byType("open").key)!
        .slice(6, 12);
    };
    await releaseFeedback(cls.teacher, { classId: cls.classId, assignmentId, enrolmentId: null });
    expect(await zoeOpenLine()).toEqual(["3", "3", "Très bien, précis", "oui", "3", "Très bien, précis"]);
    await saveFeedback(cls.teacher, {
      answerId: feedback.answerId,
      value: { comment: "Relu : très bien.", score: 2 },
      baseRevision: feedback.revision,
      saveId: newSaveId(),
    });
    expect(await zoeOpenLine()).toEqual(["2", "3", "Relu : très bien.", "version précédente", "3", "Très bien, précis"]);
  });

  it("answers 404 to another teacher and a student of the class, the sign-in to no session; 422 to a bad option", async () => {
    const { cls, assignmentId } = await answeredClass();
    const other = await createClassWithStudents({ names: ["Inès"] });
    for (const cookie of [await sessionCookie(other.teacher), await sessionCookie(cls.students[0]!)]) {
      const response = await download(assignmentId, "", cookie);
      expect(response.status).toBe(404);
      expect(JSON.parse(new TextDecoder().decode(response.body))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const nobody = await download(assignmentId, "locale=en", undefined);
    expect(nobody.status).toBe(303);
    expect(nobody.headers.location).toBe("/en/sign-in/teacher");
    expect((await download(assignmentId, "sep=tab", await sessionCookie(cls.teacher))).status).toBe(422);
  });

  it("streams: the first lines come out when PostgreSQL has sent only the first batch", async () => {
    const { cls, assignmentId } = await answeredClass();
    const target = (await getExportTarget(cls.teacher, { assignmentId }))!;
    const { result, statements } = await recordStatements(async () => {
      const chunks = exportCsv(cls.teacher, target, { sep: "comma", pseudonymised: false, locale: "fr", batchSize: 10 });
      await chunks.next(); // the header
      await chunks.next(); // the first batch of rows
      return chunks;
    });
    expect(statements.filter((text) => text.startsWith("FETCH"))).toHaveLength(1);
    // The rest is still in PostgreSQL: more batches follow (3 students × the questions: several batches of 10).
    let rest = 0;
    for await (const chunk of result) rest += chunk.length;
    expect(rest).toBeGreaterThan(0);
  });
});
