import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getContent, type Content } from "@/lib/content";
import { env } from "@/lib/env";
import { buildClassCharts } from "@/lib/review/charts";
import { getChartsData } from "@/lib/review/charts-query";
import { seedBenchClass, type BenchClass } from "@/scripts/lib/bench-class";
import { createClassWithStudents } from "../support/factories";
import { recordStatements } from "../support/sql-statements";

/**
 * The class charts' data for a full class (35 students × 5 articles, seeded in bulk as the
 * benchmark does): one statement for the page, nothing for another teacher, and charts whose
 * numbers add up to the seeded answers.
 */

let pool: pg.Pool;
let content: Content;
let seeded: BenchClass;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
  content = await getContent();
  seeded = await seedBenchClass(pool, content, { students: 35, articles: 5 });
});
afterAll(() => pool.end());

const teacherOf = (bench: BenchClass) => ({ id: bench.teacher.id, role: "TEACHER" as const, isGuest: false });

describe("the bench class seeding", () => {
  it("writes 35 students × 5 assignments, every question answered", async () => {
    const questions = content.articles.slice(0, 5).reduce((sum, article) => sum + content.questionSets[article.slug]!.questions.length, 0);
    expect(seeded.assignmentIds).toHaveLength(5);
    expect(seeded.answers).toBe(35 * questions);
  });
});

describe("class charts", () => {
  it("read a class of 35 in one SQL statement", async () => {
    const { result, statements } = await recordStatements(() => getChartsData(teacherOf(seeded), seeded.assignmentIds[0]!));
    expect(statements).toHaveLength(1);
    expect(result?.students).toHaveLength(35);
    expect(result?.enrolled).toBe(35);
    // Each student under their number in the assignment (lib/review/pseudonyms.ts), in that order: one each, not the roll call.
    const numbers = result!.students.map((student) => student.number);
    expect(new Set(numbers).size).toBe(35);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers).not.toEqual(Array.from({ length: 35 }, (_, index) => index + 1));
  });

  it("give another teacher and a student nothing", async () => {
    const other = await createClassWithStudents({ names: ["Inès"] });
    expect(await getChartsData(other.teacher, seeded.assignmentIds[0]!)).toBeNull();
    expect(await getChartsData(other.students[0]!, seeded.assignmentIds[0]!)).toBeNull();
  });

  it("count every student's choice, trust pair, found span and highlighted stretch", async () => {
    const article = content.articles[0]!;
    const data = (await getChartsData(teacherOf(seeded), seeded.assignmentIds[0]!))!;
    const charts = buildClassCharts(article, content, data, data.students, "fr", "Autre");
    expect(charts.students).toBe(35);
    for (const chart of charts.choices) {
      expect(chart.answered).toBe(35);
      if (!chart.multiple) expect(chart.options.reduce((sum, option) => sum + option.count, 0)).toBe(35);
    }
    expect(charts.trust?.points).toHaveLength(35);
    // Students 1 mod 4 tag the first three annotated spans with their own technique (bench-class.ts variants).
    const first = charts.techniques.flatMap((technique) => technique.spans).find((span) => span.exact > 0);
    expect(first).toBeDefined();
    expect(charts.heat.max).toBeGreaterThan(0);
    expect(charts.heat.max).toBeLessThanOrEqual(35);
    // The heatmap's text is the article's, verbatim, block by block.
    for (const block of charts.heat.blocks) {
      expect(block.segments.map((segment) => segment.text).join("")).toBe(article.blocks.find((candidate) => candidate.id === block.id)!.text);
    }
  });
});
