import pg from "pg";
import type { Content } from "@/lib/content/load";
import { seedBenchClass } from "./bench-class";
import { signInCookie } from "./bench-export";
import { load, type Latency } from "./bench-load";

/**
 * The teacher's review by question for a class of 35 students who answered every question of one
 * article (13), as the teacher's browser asks for it: one request at a time, so the figures are
 * the page's own render time rather than a queue (a teacher opens one page, not fifty at once).
 * The question is the first asking for passages of the text, the heaviest to show (the class's
 * highlights on the passages it points to).
 */
export async function benchReviewByQuestion(
  base: string,
  databaseUrl: string,
  content: Content,
  seconds: number,
): Promise<{ path: string; students: number; questions: number; result: Latency }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const seeded = await seedBenchClass(pool, content, { students: 35, articles: 1 });
    const questions = content.questionSets[content.articles[0]!.slug]!.questions;
    const question = questions.find((candidate) => candidate.type === "evidence") ?? questions[0]!;
    const cookie = await signInCookie(base, seeded.teacher.email, seeded.teacher.password);
    const path = `/fr/teach/classes/${seeded.classId}/assignments/${seeded.assignmentIds[0]}/questions/${question.key}`;
    const options = { url: `${base}${path}`, headers: { cookie, "accept-encoding": "br" }, connections: 1 };
    await load({ ...options, duration: 2 }); // warm-up
    const result = await load({ ...options, duration: seconds });
    if (result.non2xx > 0) throw new Error(`${path} did not answer 200 (${JSON.stringify(result.statuses)})`);
    return { path, students: seeded.students, questions: questions.length, result };
  } finally {
    await pool.end();
  }
}
