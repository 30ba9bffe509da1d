import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Content } from "@/lib/content";
import { cleanItems } from "@/lib/content/controls";
import { loadContent } from "@/lib/content/load";
import { buildClassCharts } from "@/lib/review/charts";
import { referenceSpans } from "@/lib/results/results";
import { discernment } from "@/lib/scoring/discernment";
import { repoRoot } from "../../support/content-copy";

/** The class's discernment (issue 27) from students' answers: pooled rates, mean d′, and only the students who answered. */

let content: Content;
beforeAll(async () => {
  content = await loadContent(path.join(repoRoot, "content"));
});

describe("the class's discernment chart", () => {
  it("pools the rates, averages d′ and leaves out a student who did not answer", { timeout: 30_000 }, () => {
    const article = content.articles.find((candidate) => candidate.slug === "cheval-de-troie-us")!;
    const technique = content.questionSets[article.slug]!.questions.find((question) => question.type === "technique")!;
    const spans = referenceSpans(article, content);
    const clean = cleanItems(article.blocks, content.annotations[article.slug]);
    const tag = (item: { block: string; start: number; end: number; quote: string }) => ({ ...item, technique: "doubt" });
    const answers = (items: ReadonlyArray<{ block: string; start: number; end: number; quote: string }>) => ({
      [technique.key]: { value: { tags: items.map(({ block, start, end, quote }) => tag({ block, start, end, quote })) } },
    });
    const students = [
      { id: "a", name: "Ana", number: 1, answers: answers(spans) }, // every span, no clean passage
      { id: "b", name: "Ben", number: 2, answers: answers([...spans, ...clean]) }, // everything
      { id: "c", name: "Chloé", number: 3, answers: {} }, // no answer: left out
    ];
    const charts = buildClassCharts(article, content, { questionKeys: [] }, students, "fr", "Autre");
    const [all, ...byTechnique] = charts.discernment!.rows;
    const N = spans.length;
    const M = clean.length;
    expect(charts.discernment!.students).toBe(2);
    expect(all).toMatchObject({ technique: null, hitRate: 1, falseAlarmRate: M / (2 * M) });
    // Ana: d′ = z((N + .5) / (N + 1)) − z(.5 / (M + 1)); Ben, who marks everything: z((N + .5) / (N + 1)) − z((M + .5) / (M + 1)).
    const ana = discernment({ hits: N, signal: N, falseAlarms: 0, noise: M }).dPrime!;
    const ben = discernment({ hits: N, signal: N, falseAlarms: M, noise: M }).dPrime!;
    expect(all!.meanDPrime).toBeCloseTo((ana + ben) / 2, 9);
    expect(byTechnique.map((row) => row.technique)).toEqual([...new Set(spans.map((span) => span.label))].sort());
    expect(byTechnique.every((row) => row.hitRate === 1 && row.falseAlarmRate === 0.5)).toBe(true);
  });

  it("is absent when the assignment does not ask the technique question", { timeout: 30_000 }, () => {
    const article = content.articles[0]!;
    const open = content.questionSets[article.slug]!.questions.find((question) => question.type === "open")!;
    expect(buildClassCharts(article, content, { questionKeys: [open.key] }, [], "fr", "Autre").discernment).toBeNull();
  });
});
