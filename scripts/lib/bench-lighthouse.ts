import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G network, simulated) of
 * pages of the production build, in the Chromium the tests use. Each page is audited `runs` times
 * and the median run by performance score is kept, as Lighthouse's own docs advise against one
 * run's noise. Figures as the issue states its targets: the four category scores, LCP, TBT, CLS and
 * the bytes transferred (and those of fonts).
 */

export type LighthouseFigures = {
  /** What the row names: a path of the app, or the yardstick. */
  label: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKiB: number;
  fontKiB: number;
};

type Audit = { numericValue?: number; details?: { items?: Array<{ resourceType?: string; transferSize?: number }> } };

function figuresOf(
  { label, url }: AuditedPage,
  lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, Audit> },
): LighthouseFigures {
  const score = (id: string) => Math.round(100 * (lhr.categories[id]?.score ?? 0));
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const resources = lhr.audits["network-requests"]?.details?.items ?? [];
  const fontBytes = resources.filter((item) => item.resourceType === "Font").reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return {
    label,
    url,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(value("largest-contentful-paint")),
    tbtMs: Math.round(value("total-blocking-time")),
    cls: Math.round(value("cumulative-layout-shift") * 1000) / 1000,
    transferKiB: Math.round(value("total-byte-weight") / 1024),
    fontKiB: Math.round(fontBytes / 1024),
  };
}

export type AuditedPage = { label: string; url: string };

export async function lighthouseAudits(chromePath: string, pages: readonly AuditedPage[], runs = 3): Promise<LighthouseFigures[]> {
  const chrome = await launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const results: LighthouseFigures[] = [];
    for (const page of pages) {
      const measured: LighthouseFigures[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(page.url, { port: chrome.port, output: "json", logLevel: "error" });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        measured.push(figuresOf(page, result.lhr as never));
      }
      measured.sort((a, b) => a.performance - b.performance);
      results.push(measured[Math.floor(measured.length / 2)]!);
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** The printed table, with the targets. */
export function printLighthouse(figures: readonly LighthouseFigures[], print: (line: string) => void) {
  print(
    `\n${"Lighthouse (mobile, median of 3)".padEnd(44)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"b.p.".padStart(5)} ${"SEO".padStart(5)} ${"LCP ms".padStart(7)} ${"TBT ms".padStart(7)} ${"CLS".padStart(6)} ${"KiB".padStart(5)} ${"fonts".padStart(6)}`,
  );
  for (const row of figures) {
    print(
      `${row.label.padEnd(44)} ${String(row.performance).padStart(5)} ${String(row.accessibility).padStart(5)} ${String(row.bestPractices).padStart(5)} ${String(row.seo).padStart(5)} ${String(row.lcpMs).padStart(7)} ${String(row.tbtMs).padStart(7)} ${String(row.cls).padStart(6)} ${String(row.transferKiB).padStart(5)} ${String(row.fontKiB).padStart(6)}`,
    );
  }
  print("(targets: performance ≥ 98, LCP ≤ 2,000 ms, TBT ≤ 50 ms, CLS 0, ≤ 250 KiB transferred; accessibility, best practices and SEO 100)");
  print("(the yardstick is the framework's floor: a Next.js hello-world page, built and served the same way; docs/performance.md)");
}
