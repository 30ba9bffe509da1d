import { numbersIn } from "./parity";
import type { Report } from "./guards";
import type { Article } from "./types";

/**
 * The rules between an article and its working translation (./translation-schemas.ts): every
 * block but the title has one, in the text's order, and none for a block the text does not have;
 * a block's translation names the numbers its original names, no other and none fewer (a number
 * slipped in or lost is the error a reader cannot see). Pure, so each rule can be tested on a
 * planted fault.
 */
export function checkTranslation(article: Pick<Article, "slug" | "blocks" | "translation">, report: Report) {
  const file = `articles/${article.slug}/translation.en.yaml`;
  const translated = Object.keys(article.translation.blocks);
  const expected = article.blocks.filter((block) => block.kind !== "title");
  const ids = new Set(expected.map((block) => block.id));
  for (const id of translated) {
    if (!ids.has(id)) report(file, `blocks.${id}`, `"${id}" is not a block of the article (its title's English is in meta.yaml)`);
  }
  for (const block of expected) {
    const translation = article.translation.blocks[block.id];
    if (!translation) {
      report(file, `blocks.${block.id}`, "is missing: every block of the article has a translation");
      continue;
    }
    const [original, english] = [originalNumbers(block.text), numbersIn(translation.text, "en")];
    if (original.join(" ") !== english.join(" ")) {
      report(file, `blocks.${block.id}.text`, `numbers differ from the original: it has [${original.join(", ")}], the translation [${english.join(", ")}]`);
    }
  }
  article.translation.review?.changes.forEach((change, at) => {
    if (!ids.has(change.block)) report(file, `review.changes[${at}].block`, `"${change.block}" is not a translated block`);
  });
  const order = translated.filter((id) => ids.has(id));
  const inText = expected.map((block) => block.id).filter((id) => order.includes(id));
  if (order.join(" ") !== inText.join(" ")) report(file, "blocks", "must follow the text's order");
}

/**
 * The numbers of an article's French text. Unlike our own prose, a blog may write a point in a
 * number: "6.000" (thousands) or "2.0" (a decimal, "Guerre Froide 2.0"); both are read as their
 * English translation writes them.
 */
function originalNumbers(text: string): number[] {
  const pointed = text.replace(/(\d)\.(\d{3})(?!\d)/g, "$1\u00a0$2").replace(/(\d)\.(\d)/g, "$1,$2");
  return numbersIn(pointed, "fr");
}
