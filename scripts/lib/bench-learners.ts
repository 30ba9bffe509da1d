import { randomBytes } from "node:crypto";
import { emptyValue } from "@/lib/question-types/registry";
import type { Question } from "@/lib/content/schemas";

/** Benchmark helpers that play learners over HTTP, as a browser would. */

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");

async function postAnswer(base: string, body: Record<string, unknown>, cookie = ""): Promise<Response> {
  const response = await fetch(`${base}/api/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ ...body, baseRevision: 0, saveId: randomBytes(8).toString("hex") }),
  });
  if (!response.ok) throw new Error(`a benchmark save answered ${response.status}: ${await response.text()}`);
  return response;
}

/** A new guest who has answered every question given (each with its empty value): their session cookie. */
export async function learnerWithAnswers(base: string, article: string, questions: readonly Question[]): Promise<string> {
  const [first, ...rest] = questions;
  if (!first) throw new Error("no questions to answer");
  const opened = await postAnswer(base, { article, question: first.key, value: emptyValue(first) });
  const cookie = cookieOf(opened);
  const { attemptId } = (await opened.json()) as { attemptId: string };
  for (const question of rest) await postAnswer(base, { article, question: question.key, attemptId, value: emptyValue(question) }, cookie);
  return cookie;
}

/**
 * A class opening the same article at the bell: every learner fetches the page and then their own
 * work, all at once. Returns the milliseconds until the last of them has both.
 */
export async function openAtOnce(base: string, pagePath: string, statePath: string, cookies: readonly string[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie) => {
      const page = await fetch(`${base}${pagePath}`, { headers: { cookie } });
      await page.text();
      const state = await fetch(`${base}${statePath}`, { headers: { cookie } });
      if (!page.ok || !state.ok) throw new Error(`opening the reader answered ${page.status} / ${state.status}`);
      await state.json();
    }),
  );
  return performance.now() - started;
}
