import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/issues";

/**
 * `npm run content:check [-- --dir <folder>]`: validates content/ (or another folder) and names
 * file, field and reason for each problem. Exits 1 on any problem.
 */
const dirFlag = process.argv.indexOf("--dir");
const dir = dirFlag > 0 ? path.resolve(process.argv[dirFlag + 1] ?? "content") : undefined;

try {
  const content = await loadContent(dir);
  const questions = Object.values(content.questionSets).reduce((sum, set) => sum + set.questions.length, 0);
  console.log(`content/ is valid: ${content.articles.length} articles, ${questions} questions, ` + `${Object.keys(content.sources).length} sources.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
