import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test } from "./fixtures";

/** Printing a page to PDF as a teacher's browser does (Chromium, A4), for the paper tests. */

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (`/Type /Pages` is the tree). */
export const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/** Text as print and PDFs lay it out: any run of spaces (French non-breaking ones too) as one. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

/** The PDF's text (poppler), or null where pdftotext is not installed. */
function pdfText(file: string): string | null {
  if (!["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].some((path) => existsSync(path))) {
    // Said in the report, not skipped in silence (CI installs it: .ci/run).
    test.info().annotations.push({ type: "skipped check", description: "pdftotext is not installed: the PDF's own text was not read" });
    return null;
  }
  return squash(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

/** Prints the page as the browser would on A4 (no backgrounds), keeps the file beside the test's results, and returns its page count and text. */
export async function printToPdf(page: Page, name: string) {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const file = test.info().outputPath(`${name}.pdf`);
  writeFileSync(file, pdf);
  return { pages: pageCount(pdf), text: pdfText(file) };
}
