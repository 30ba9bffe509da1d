import { existsSync } from "node:fs";
import path from "node:path";
import { frenchTypographyFaults } from "@/lib/format/typography";
import { checkCleanPassages } from "./clean-checks";
import { isExcerpt } from "./controls";
import { checkGlossMatches } from "./gloss-checks";
import { checkGuides } from "./guide-checks";
import { checkCorrectedCards, checkHintGiveaways, checkLoneCues, checkSharedRightOptions, type Report } from "./guards";
import type { ContentIssue } from "./issues";
import type { Article, Content } from "./types";
import { glossaryNames, misspeltNames, numberMismatches } from "./parity";
import { locatePassage } from "./passages";
import type { PassageRef } from "./schemas";
import { eachNamedList } from "./walk";

/** Rules that span files: references resolve, keys are unique, French prose is typeset. */

/** Walks a parsed file and hands every string found under an "fr" key to `visit`. */
function eachFrench(value: unknown, visit: (text: string, field: string) => void, field = "", inFrench = false) {
  if (typeof value === "string") {
    if (inFrench) visit(value, field);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => eachFrench(item, visit, `${field}[${index}]`, inFrench));
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      eachFrench(inner, visit, field ? `${field}.${key}` : key, inFrench || key === "fr");
    }
  }
}

function checkQuestions(content: Content, report: Report) {
  for (const article of content.articles) {
    const file = `questions/${article.slug}.yaml`;
    const set = content.questionSets[article.slug];
    if (!set) continue;
    if (set.article !== article.slug) report(file, "article", `must be "${article.slug}"`);
    const blockIds = new Set(article.blocks.map((block) => block.id));
    const seen = new Set<string>();
    set.questions.forEach((question, index) => {
      if (seen.has(question.key)) report(file, `questions[${index}].key`, `"${question.key}" is used twice`);
      seen.add(question.key);
      question.paragraphs.forEach((id, at) => {
        if (!blockIds.has(id)) {
          report(file, `questions[${index}].paragraphs[${at}]`, `paragraph "${id}" does not exist in ${article.slug}`);
        }
      });
    });
    Object.entries(set.sets).forEach(([name, keys]) =>
      keys.forEach((key, at) => {
        if (!seen.has(key)) report(file, `sets.${name}[${at}]`, `"${key}" is not a question of this set`);
        else if (keys.indexOf(key) !== at) report(file, `sets.${name}[${at}]`, `"${key}" is listed twice`);
      }),
    );
  }
}

/**
 * Teachers grade every question with its rubric, so each question needs one and each rubric a question.
 * The comparison exercise is graded too; its rubric sits beside it in comparison.yaml.
 */
function checkRubrics(content: Content, report: Report) {
  for (const article of content.articles) {
    const file = `rubrics/${article.slug}.yaml`;
    const set = content.questionSets[article.slug];
    const rubrics = content.rubrics[article.slug];
    // A file that failed to load is already reported; comparing it would only repeat that.
    if (!set || !rubrics) continue;
    if (rubrics.article !== article.slug) report(file, "article", `must be "${article.slug}"`);
    const keys = new Set(set.questions.map((question) => question.key));
    set.questions.forEach((question, index) => {
      if (!Object.hasOwn(rubrics.questions, question.key)) {
        report(file, `questions.${question.key}`, `missing: questions/${article.slug}.yaml questions[${index}] has no rubric`);
      }
    });
    Object.keys(rubrics.questions).forEach((key) => {
      if (!keys.has(key)) report(file, `questions.${key}`, `"${key}" is not a question of questions/${article.slug}.yaml`);
    });
  }
  const { exercise } = content.comparison;
  if (!exercise.rubric) report("comparison.yaml", "exercise.rubric", `missing: the comparison exercise "${exercise.key}" has no rubric`);
}

/** A passage must occur verbatim in the named block of its article. */
function checkPassage(article: Article | undefined, ref: PassageRef, report: (message: string) => void) {
  if (!article) return;
  if (!article.blocks.some((block) => block.id === ref.block)) {
    report(`paragraph "${ref.block}" does not exist in ${article.slug}`);
  } else if (!locatePassage(article.blocks, ref)) {
    report(`quote not found verbatim in ${article.slug} ${ref.block}: "${ref.quote.slice(0, 60)}"`);
  }
}

function checkQuestionDetails(content: Content, report: Report) {
  for (const article of content.articles) {
    const set = content.questionSets[article.slug];
    if (!set) continue;
    const file = `questions/${article.slug}.yaml`;
    set.questions.forEach((question, index) => {
      const field = `questions[${index}]`;
      if (question.type === "single" || question.type === "multiple") {
        const keys = new Set(question.options.map((option) => option.key));
        question.reference.answer.forEach((answer) => {
          if (!keys.has(answer)) report(file, `${field}.reference.answer`, `"${answer}" is not one of the options`);
        });
        if (question.type === "single" && question.reference.answer.length !== 1) {
          report(file, `${field}.reference.answer`, "a single-choice question has exactly one reference answer");
        }
      }
      if (question.type === "scale") {
        if (question.max <= question.min) report(file, `${field}.max`, "must be greater than min");
        const other = set.questions.find((candidate) => candidate.key === question.compareWith);
        if (question.compareWith && other?.type !== "scale") {
          report(file, `${field}.compareWith`, `"${question.compareWith}" is not a scale question of this set`);
        }
      }
      if (question.type === "calibration") {
        const cards = new Set(content.claims[article.slug]?.claims.map((claim) => claim.id));
        if (question.claims.length === 0) report(file, `${field}.claims`, `claims/${article.slug}.yaml has no claim to give a probability for`);
        question.claims.forEach((claim, at) => {
          if (!cards.has(claim)) report(file, `${field}.claims[${at}]`, `"${claim}" is not a claim of claims/${article.slug}.yaml`);
        });
      }
      if (question.type === "evidence") {
        question.reference?.passages.forEach((ref, at) =>
          checkPassage(article, ref, (message) => report(file, `${field}.reference.passages[${at}]`, message)),
        );
      }
    });
  }
}

/**
 * A lateral-reading question investigates a source card of its own article, and has a
 * fact-checker's path in lateral.yaml; each path follows a card (its sources are checked with every
 * other file's).
 */
function checkLateral(content: Content, report: Report) {
  const cards = new Map(content.sourceCards.map((card) => [card.id, card]));
  const paths = new Set(content.lateralPaths.map((path) => path.subject));
  content.lateralPaths.forEach((path, index) => {
    if (!cards.has(path.subject)) report("lateral.yaml", `[${index}].subject`, `unknown source card "${path.subject}"`);
  });
  for (const article of content.articles) {
    content.questionSets[article.slug]?.questions.forEach((question, index) => {
      if (question.type !== "lateral") return;
      const field = `questions[${index}].subject`;
      const file = `questions/${article.slug}.yaml`;
      if (!cards.get(question.subject)?.articles.includes(article.slug)) report(file, field, `"${question.subject}" is not a source card of ${article.slug}`);
      if (!paths.has(question.subject)) report(file, field, `no fact-checker's path for "${question.subject}" in lateral.yaml`);
    });
  }
}

function checkPerArticleFiles(content: Content, report: Report) {
  const events = new Set(content.background.timeline.map((event) => event.id));
  // Claim ids are unique across articles: answers and exports name a claim by its id alone (lib/claims/outcome.ts).
  const claimFiles = new Map<string, string>();
  for (const article of content.articles) {
    const annotations = content.annotations[article.slug];
    const claims = content.claims[article.slug];
    annotations?.spans.forEach((span, index) =>
      checkPassage(article, span, (message) => report(`annotations/${article.slug}.yaml`, `spans[${index}]`, message)),
    );
    annotations?.clean.forEach(
      (passage, index) => isExcerpt(passage) || checkPassage(article, passage, (message) => report(`annotations/${article.slug}.yaml`, `clean[${index}]`, message)),
    );
    if (annotations) checkCleanPassages(article, annotations, report);
    const marked: Array<{ id: string; block: string; start: number; end: number }> = [];
    claims?.claims.forEach((claim, index) => {
      const file = `claims/${article.slug}.yaml`;
      const other = claimFiles.get(claim.id);
      if (other) report(file, `claims[${index}].id`, `"${claim.id}" is already a claim of ${other}`);
      claimFiles.set(claim.id, file);
      checkPassage(article, claim, (message) => report(file, `claims[${index}]`, message));
      const located = locatePassage(article.blocks, claim);
      const clash = located && marked.find((other) => other.block === claim.block && Math.min(other.end, located.end) > Math.max(other.start, located.start));
      if (clash) report(file, `claims[${index}]`, `overlaps claim "${clash.id}": each claim is marked in the text, so they must not overlap`);
      if (located) marked.push({ id: claim.id, block: claim.block, start: located.start, end: located.end });
      claim.events.forEach((event, at) => {
        if (!events.has(event)) report(file, `claims[${index}].events[${at}]`, `unknown timeline event "${event}"`);
      });
    });
  }
}

function checkComparison(content: Content, report: Report) {
  const articles = new Map(content.articles.map((article) => [article.slug, article]));
  const narratives = new Set(content.comparison.narratives.map((narrative) => narrative.id));
  const events = new Set(content.background.timeline.map((event) => event.id));
  const article = (slug: string, field: string, file: string) => {
    const found = articles.get(slug);
    if (!found) report(file, field, `unknown article "${slug}"`);
    return found;
  };
  const seen = new Set<string>();
  content.comparison.uses.forEach((use, index) => {
    const field = `uses[${index}]`;
    if (!narratives.has(use.narrative)) report("comparison.yaml", `${field}.narrative`, `unknown narrative "${use.narrative}"`);
    const pair = `${use.article}/${use.narrative}`;
    if (seen.has(pair)) report("comparison.yaml", field, `${pair} is listed twice`);
    seen.add(pair);
    const found = article(use.article, `${field}.article`, "comparison.yaml");
    use.passages.forEach((ref, at) =>
      checkPassage(found, ref, (message) => report("comparison.yaml", `${field}.passages[${at}]`, message)),
    );
  });
  content.comparison.numbers.forEach((number, index) => {
    const found = article(number.article, `numbers[${index}].article`, "comparison.yaml");
    checkPassage(found, number, (message) => report("comparison.yaml", `numbers[${index}]`, message));
  });
  content.sourceCards.forEach((card, index) =>
    card.articles.forEach((slug, at) => article(slug, `[${index}].articles[${at}]`, "source-cards.yaml")),
  );
  content.places.forEach((place, index) => {
    place.articles.forEach((slug, at) => article(slug, `[${index}].articles[${at}]`, "places.yaml"));
    place.events.forEach((event, at) => {
      if (!events.has(event)) report("places.yaml", `[${index}].events[${at}]`, `unknown timeline event "${event}"`);
    });
  });
}

function checkTimeline(content: Content, report: Report) {
  content.background.timeline.forEach((event, index) => {
    if (event.endDate && event.endDate < event.date) {
      report("background/timeline.yaml", `[${index}].endDate`, "is before date");
    }
  });
}

export function crossCheck(content: Content, root: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const base = path.basename(root);
  const report: Report = (file, field, message) => issues.push({ file: `${base}/${file}`, field, message });

  const files: Array<[string, unknown]> = [
    ...content.articles.map((article): [string, unknown] => [`articles/${article.slug}/meta.yaml`, article.meta]),
    ...Object.entries(content.questionSets).map(([slug, set]): [string, unknown] => [`questions/${slug}.yaml`, set]),
    ...Object.entries(content.rubrics).map(([slug, data]): [string, unknown] => [`rubrics/${slug}.yaml`, data]),
    ...Object.entries(content.background).map(([name, data]): [string, unknown] => [`background/${name}.yaml`, data]),
    ...Object.entries(content.annotations).map(([slug, data]): [string, unknown] => [`annotations/${slug}.yaml`, data]),
    ...Object.entries(content.claims).map(([slug, data]): [string, unknown] => [`claims/${slug}.yaml`, data]),
    ["techniques.yaml", content.techniques],
    ["source-cards.yaml", content.sourceCards],
    ["lateral.yaml", content.lateralPaths],
    ["comparison.yaml", content.comparison],
    ["places.yaml", content.places],
    ["corrections.yaml", content.corrections],
    ...Object.entries(content.guides).map(([subject, guide]): [string, unknown] => [`guides/${subject}.yaml`, guide]),
  ];
  // French prose spells names as the glossary does (the glossary itself is the reference).
  const names = glossaryNames(content.background.glossary.map((entry) => entry.fr));

  for (const [file, data] of files) {
    eachNamedList("sources", data, (ids, field) =>
      ids.forEach((id, at) => {
        if (!content.sources[id]) report(file, `${field}[${at}]`, `unknown source "${id}" (not in sources.yaml)`);
      }),
    );
    eachFrench(data, (text, field) => {
      frenchTypographyFaults(text).forEach((fault) => report(file, field, `French typography: ${fault}`));
      if (file === "background/glossary.yaml") return;
      misspeltNames(text, names).forEach(({ found, glossary }) => report(file, field, `"${found}" is spelt "${glossary}" in the glossary`));
    });
    numberMismatches(data).forEach(({ field, message }) => report(file, field, message));
  }
  content.corrections.forEach((correction, index) => {
    if (!existsSync(path.join(root, correction.where))) report("corrections.yaml", `[${index}].where`, `no file content/${correction.where}`);
  });
  checkQuestions(content, report);
  checkQuestionDetails(content, report);
  checkRubrics(content, report);
  checkLateral(content, report);
  checkPerArticleFiles(content, report);
  checkComparison(content, report);
  checkTimeline(content, report);
  checkLoneCues(content.questionSets, report);
  checkSharedRightOptions(content.questionSets, report);
  checkHintGiveaways(content.questionSets, report);
  checkCorrectedCards(content.corrections, content.claims, report);
  checkGuides(content, report);
  checkGlossMatches(content.background.glossary, content.articles.flatMap((article) => article.blocks.map((block) => block.text)), report);
  return issues;
}
