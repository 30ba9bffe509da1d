import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Content } from "@/lib/content/load";
import { NON_FINAL_ABBREVIATIONS, splitSentences, spoken } from "@/lib/speech/sentences";

/** The sentences as read out: each one's text without the whitespace around it. */
const said = (text: string) =>
  splitSentences(text).map((sentence) => {
    const { start, end } = spoken(text, sentence);
    return text.slice(start, end);
  });

const NBSP = "\u00a0";

describe("splitSentences, by hand", () => {
  it.each([
    ["one sentence", "Le pays est calme.", ["Le pays est calme."]],
    ["two sentences", "Le pays est calme. La ville dort.", ["Le pays est calme.", "La ville dort."]],
    ["no final stop", "Une phrase sans point", ["Une phrase sans point"]],
    ["M. and Mme", "M. Dupont et Mme Durand sont venus. Ils sont partis.", ["M. Dupont et Mme Durand sont venus.", "Ils sont partis."]],
    ["Dr and St", "Le Dr. Martin vit à St. Louis. Il y travaille.", ["Le Dr. Martin vit à St. Louis.", "Il y travaille."]],
    ["St- in a name", "Il vit à St-Pétersbourg. Elle aussi.", ["Il vit à St-Pétersbourg.", "Elle aussi."]],
    ["etc. before lower case", "Des chars, des avions, etc. sont arrivés. Puis rien.", ["Des chars, des avions, etc. sont arrivés.", "Puis rien."]],
    ["ex. and p. ex.", "Des cas, ex. Almaty, et p. ex. Aktobé. Voilà.", ["Des cas, ex. Almaty, et p. ex. Aktobé.", "Voilà."]],
    ["cf.", "Voir le rapport (cf. Annexe 2). Fin.", ["Voir le rapport (cf. Annexe 2).", "Fin."]],
    ["av. J.-C.", "Fondée en 50 av. J.-C. Rome grandit.", ["Fondée en 50 av. J.-C. Rome grandit."]],
    ["U.S.A.", "Les U.S.A. Et la Russie aussi. Oui.", ["Les U.S.A. Et la Russie aussi.", "Oui."]],
    ["initials", "V. Poutine et K.-J. Tokaev ont parlé. Ensuite ?", ["V. Poutine et K.-J. Tokaev ont parlé.", `Ensuite ?`]],
    [
      "guillemets closed after the stop",
      `Il a dit${NBSP}: «${NBSP}C'est fini.${NBSP}» Puis il est parti.`,
      [`Il a dit${NBSP}: «${NBSP}C'est fini.${NBSP}»`, "Puis il est parti."],
    ],
    ["guillemets then lower case", `«${NBSP}Pourquoi${NBSP}?${NBSP}» demande-t-il. Personne.`, [`«${NBSP}Pourquoi${NBSP}?${NBSP}» demande-t-il.`, "Personne."]],
    ["straight quotes after the stop", 'Il a dit "c\'est fini." Puis rien.', ['Il a dit "c\'est fini."', "Puis rien."]],
    ["unicode ellipsis", "Il attend… Rien ne vient.", ["Il attend…", "Rien ne vient."]],
    ["three dots, spaced", "Un cercle de feu ... Il semblerait.", ["Un cercle de feu ...", "Il semblerait."]],
    ["ellipsis mid-sentence", "Il attend... et rien ne vient.", ["Il attend... et rien ne vient."]],
    [
      "numbers",
      "164 morts et près de 6 000 blessés. Le taux est de 1,5 ou 2.5 points. 2022 fut dure.",
      ["164 morts et près de 6 000 blessés.", "Le taux est de 1,5 ou 2.5 points.", "2022 fut dure."],
    ],
    ["ends on a number", "Ils étaient 164. Le reste a fui.", ["Ils étaient 164.", "Le reste a fui."]],
    ["?! and !", `Vraiment${NBSP}?! Oui${NBSP}! Bien.`, [`Vraiment${NBSP}?!`, `Oui${NBSP}!`, "Bien."]],
    ["URLs", "Voir www.example.org/a.html et https://x.kz/b?c=1. Fin.", ["Voir www.example.org/a.html et https://x.kz/b?c=1.", "Fin."]],
    ["hard-wrapped line", "Une force\nest en cours. Cette force\nsera là.", ["Une force\nest en cours.", "Cette force\nsera là."]],
  ])("%s", (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it("keeps every character: the sentences joined give the text back", () => {
    const text = "  Un.  Deux ?\n Trois…  ";
    const sentences = splitSentences(text);
    expect(sentences.map(({ start, end }) => text.slice(start, end)).join("")).toBe(text);
    expect(said(text)).toEqual(["Un.", "Deux ?", "Trois…"]);
  });

  it("gives nothing for an empty text", () => {
    expect(splitSentences("")).toEqual([]);
  });
});

describe("splitSentences, on the five articles", () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent();
  });

  const blocks = () => content.articles.flatMap((article) => article.blocks.map((block) => ({ article: article.slug, ...block })));
  const block = (slug: string, id: string) => {
    const found = blocks().find((candidate) => candidate.article === slug && candidate.id === id);
    if (!found) throw new Error(`no block ${slug}/${id}`);
    return found;
  };

  it("has the five articles", () => {
    expect(content.articles).toHaveLength(5);
  });

  it("cuts every block into consecutive slices that give its text back exactly", () => {
    for (const { article, id, text } of blocks()) {
      const sentences = splitSentences(text);
      expect(sentences.length, `${article}/${id}`).toBeGreaterThan(0);
      sentences.forEach((sentence, index) => {
        expect(sentence.start, `${article}/${id}`).toBe(index === 0 ? 0 : sentences[index - 1]!.end);
        expect(sentence.end).toBeGreaterThan(sentence.start);
      });
      expect(sentences.map(({ start, end }) => text.slice(start, end)).join(""), `${article}/${id}`).toBe(text);
    }
  });

  it("never ends a sentence right after a known abbreviation or an initial", () => {
    for (const { article, id, text } of blocks()) {
      for (const sentence of said(text).slice(0, -1)) {
        const last = /([\p{L}.-]+)\.$/u.exec(sentence)?.[1] ?? "";
        expect(NON_FINAL_ABBREVIATIONS.has(last.toLowerCase()), `${article}/${id}: ${sentence}`).toBe(false);
        expect(/^\p{Lu}$/u.test(last), `${article}/${id}: ${sentence}`).toBe(false);
      }
    }
  });

  it("counts the sentences of paragraphs read by hand", () => {
    const crisis = block("crise-majeure-kazakhstan", "p1");
    expect(said(crisis.text)).toHaveLength(2);
    const toll = block("crise-majeure-kazakhstan", "p3");
    expect(said(toll.text)).toHaveLength(3);
    expect(said(toll.text)[0]).toMatch(/^164 morts et près de 6 000 blessés.*QR Codes\.$/s);
    const government = block("crise-majeure-kazakhstan", "p5");
    expect(said(government.text)).toHaveLength(4);
    expect(said(government.text).at(-1)).toBe("Il semblerait qu'un cercle de feu doive entourer la Russie à ses frontières ...");
  });
});
