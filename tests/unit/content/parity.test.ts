import { describe, expect, it } from "vitest";
import { glossaryNames, misspeltNames, numberMismatches, numbersIn } from "@/lib/content/parity";

describe("numbersIn", () => {
  it.each([
    { text: "13 000 morts, 2,5 %", locale: "fr" as const, numbers: [2.5, 13000] },
    { text: "13,000 dead, 2.5%", locale: "en" as const, numbers: [2.5, 13000] },
    { text: '"plus de 20 000 soldats" (more than 20,000 soldiers, paragraph 8)', locale: "en" as const, numbers: [8, 20000] },
    { text: "de 23 h à 7 h 30, puis 17 h 00", locale: "fr" as const, numbers: [7.3, 17, 23] },
    { text: "from 23:00 to 7:30, then 17:00", locale: "en" as const, numbers: [7.3, 17, 23] },
    { text: "environ 48 heures", locale: "fr" as const, numbers: [48] },
  ])("reads $text", ({ text, locale, numbers }) => {
    expect(numbersIn(text, locale)).toEqual(numbers);
  });
});

describe("numberMismatches", () => {
  it("finds a twin that states another number, wherever it sits", () => {
    const data = { items: [{ fr: { text: "environ 48 heures" }, en: { text: "about 40 hours" } }] };
    expect(numberMismatches(data)).toEqual([{ field: "items[0].fr.text", message: expect.stringContaining("fr has [48], en has [40]") }]);
  });

  it("accepts twins that agree, and strings with no twin", () => {
    expect(numberMismatches({ fr: "Le 5 janvier 2022", en: "On 5 January 2022", note: "12" })).toEqual([]);
  });
});

describe("misspeltNames", () => {
  const names = glossaryNames([
    { term: "Nur Otan", definition: "Le parti fondé par Noursoultan Nazarbaïev, dit Elbasy." },
    { term: "Procureur général", definition: "Le procureur Assylov." },
  ]);

  it("flags a name one letter away from the glossary's", () => {
    expect(misspeltNames("Le parti Nour Otan et Elbassy, selon Assilov.", names)).toEqual([
      { found: "Nour", glossary: "Nur" },
      { found: "Elbassy", glossary: "Elbasy" },
      { found: "Assilov", glossary: "Assylov" },
    ]);
  });

  it("leaves alone the glossary's spellings, quotations, sentence starts and inflections", () => {
    expect(misspeltNames("Selon Elbasy, « Elbassy » l'a dit. Les Nazarbaïeva aussi.", glossaryNames([{ term: "Elbasy", definition: "Titre de Nazarbaïev." }]))).toEqual([]);
  });
});
