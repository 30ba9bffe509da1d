import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { frenchTypography } from "@/lib/format/typography";
import { removeChrome, segmentBlocks } from "./blocks";
import { crossCheck } from "./check";
import { COMPARISON_GUIDE, guideFileSchema, type GuideFile } from "./guide-schemas";
import { ContentError, zodIssues, type ContentIssue } from "./issues";
import { checkTranslation } from "./translation-checks";
import { translationFileSchema } from "./translation-schemas";
import type { Article, Content } from "./types";
import {
  annotationFileSchema,
  articleMetaSchema,
  claimsFileSchema,
  comparisonFileSchema,
  correctionsFileSchema,
  placesFileSchema,
  sourceCardsFileSchema,
  lateralPathsFileSchema,
  techniquesFileSchema,
  figuresSchema,
  glossarySchema,
  overviewSchema,
  questionSetSchema,
  rubricFileSchema,
  sourcesFileSchema,
  timelineSchema,
  type Source,
} from "./schemas";

/**
 * Reads content/, validates every file with zod, checks the rules between files, and returns the
 * whole teaching material typed. Collects every problem before failing, so one run of
 * `npm run content:check` lists them all with file and field.
 */

export type { Article, Content };

const WORDS_PER_MINUTE = 200;

export const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

class Reader {
  readonly issues: ContentIssue[] = [];
  constructor(readonly root: string) {}

  rel(file: string) {
    return path.join(path.basename(this.root), file);
  }

  async text(file: string): Promise<string | undefined> {
    try {
      return await readFile(path.join(this.root, file), "utf8");
    } catch {
      this.issues.push({ file: this.rel(file), field: "", message: "file is missing" });
      return undefined;
    }
  }

  async yaml<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S> | undefined> {
    const raw = await this.text(file);
    if (raw === undefined) return undefined;
    let data: unknown;
    try {
      data = parseYaml(raw);
    } catch (error) {
      const where = error instanceof YAMLParseError ? ` (line ${error.linePos?.[0]?.line ?? "?"})` : "";
      this.issues.push({ file: this.rel(file), field: "", message: `invalid YAML${where}` });
      return undefined;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      this.issues.push(...zodIssues(this.rel(file), parsed.error));
      return undefined;
    }
    return parsed.data;
  }
}

async function loadArticle(reader: Reader, slug: string): Promise<Article | undefined> {
  const dir = `articles/${slug}`;
  const [meta, body, translation] = await Promise.all([
    reader.yaml(`${dir}/meta.yaml`, articleMetaSchema),
    reader.text(`${dir}/body.txt`),
    reader.yaml(`${dir}/translation.en.yaml`, translationFileSchema),
  ]);
  if (!meta || body === undefined) return undefined;
  const file = reader.rel(`${dir}/meta.yaml`);
  const problem = (field: string, message: string) => reader.issues.push({ file, field, message });

  if (meta.slug !== slug) problem("slug", `must equal its folder name "${slug}"`);
  const seed = await reader.text(`seeds/${meta.seed.file}`);
  if (seed !== undefined) {
    if (sha256(seed) !== meta.seed.sha256) problem("seed.sha256", `does not match seeds/${meta.seed.file}`);
    const expected = removeChrome(seed, meta.removed.map((piece) => piece.text));
    expected.problems.forEach((message) => problem("removed", message));
    if (expected.text !== body) {
      reader.issues.push({
        file: reader.rel(`${dir}/body.txt`),
        field: "",
        message: "differs from the seed minus the removed page furniture: the text must stay verbatim",
      });
    }
  }

  const { blocks, problems } = segmentBlocks(body, meta.blocks);
  problems.forEach((message) => problem("blocks", message));
  const titleBlock = blocks.find((block) => block.kind === "title");
  if (meta.title.kind === "original" && !titleBlock) problem("title", "kind is original but no block is the title");
  if (meta.title.kind === "editorial" && titleBlock) problem("title", "kind is editorial but the text has a title block");

  const title =
    meta.title.kind === "editorial"
      ? typeset(meta.title.text)
      : { fr: titleBlock?.text ?? slug, en: titleBlock?.text ?? slug };
  // A translation that failed to load is reported already; the article still loads without it.
  if (translation) checkTranslation({ slug, blocks, translation }, (at, field, message) => reader.issues.push({ file: reader.rel(at), field, message }));
  const wordCount = body.split(/\s+/u).filter(Boolean).length;
  return {
    slug,
    meta: typeset(meta),
    body,
    blocks,
    translation: translation ?? { language: "en", notes: [], blocks: {} },
    title,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    contentHash: sha256(`${body}\n${JSON.stringify(meta.blocks)}`),
  };
}

/**
 * Our own French prose gets French typography: anything under an "fr" key is ours. Article bodies
 * and verbatim titles never pass through here.
 */
function typeset<T>(value: T, inFrench = false): T {
  if (typeof value === "string") return (inFrench ? frenchTypography(value) : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => typeset(item, inFrench)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [field, typeset(inner, inFrench || field === "fr")]),
    ) as T;
  }
  return value;
}

async function listEntries(dir: string, want: "dirs" | "yaml"): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => (want === "dirs" ? entry.isDirectory() : entry.isFile() && entry.name.endsWith(".yaml")))
    .map((entry) => entry.name)
    .sort();
}

/** The bibliography is split by topic (sources/*.yaml); ids and URLs must be unique across files. */
async function loadSources(reader: Reader): Promise<Source[]> {
  const files = await listEntries(path.join(reader.root, "sources"), "yaml");
  const lists = await Promise.all(files.map((file) => reader.yaml(`sources/${file}`, sourcesFileSchema)));
  const byId = new Map<string, string>();
  const byUrl = new Map<string, string>();
  lists.forEach((list, index) => {
    const file = reader.rel(`sources/${files[index]}`);
    list?.forEach((source, at) => {
      const clash = byId.get(source.id) ?? byUrl.get(source.url);
      if (clash) {
        reader.issues.push({ file, field: `[${at}]`, message: `"${source.id}" repeats ${clash} (same id or URL): cite that entry instead` });
      }
      byId.set(source.id, `${source.id} in ${file}`);
      byUrl.set(source.url, `${source.id} in ${file}`);
    });
  });
  // A broken file is already reported; the others still count, so citations of them resolve.
  return lists.flatMap((list) => list ?? []);
}

/**
 * A guide per article and one for the comparison (guides/<subject>.yaml): a missing one is reported
 * as a missing file, and a file named after nothing as a guide nobody can open.
 */
async function loadGuides(reader: Reader, slugs: readonly string[]): Promise<Record<string, GuideFile>> {
  const subjects = [...slugs, COMPARISON_GUIDE];
  const files = await listEntries(path.join(reader.root, "guides"), "yaml");
  files
    .filter((file) => !subjects.includes(file.replace(/\.yaml$/, "")))
    .forEach((file) => reader.issues.push({ file: reader.rel(`guides/${file}`), field: "", message: `names no article and not "${COMPARISON_GUIDE}": no page shows it` }));
  const guides = await Promise.all(subjects.map((subject) => reader.yaml(`guides/${subject}.yaml`, guideFileSchema)));
  return Object.fromEntries(guides.flatMap((guide, index) => (guide ? [[subjects[index]!, guide]] : [])));
}

export async function loadContent(root = path.join(process.cwd(), "content")): Promise<Content> {
  const reader = new Reader(root);
  const slugs = await listEntries(path.join(root, "articles"), "dirs");
  const perArticle = <S extends z.ZodType>(dir: string, schema: S) =>
    Promise.all(slugs.map((slug) => reader.yaml(`${dir}/${slug}.yaml`, schema)));
  const [articles, sourceList, questionSets, rubrics, annotations, claims, techniques, sourceCards, comparison, places, overview, timeline, figures, glossary, corrections, guides, lateralPaths] =
    await Promise.all([
      Promise.all(slugs.map((slug) => loadArticle(reader, slug))),
      loadSources(reader),
      perArticle("questions", questionSetSchema),
      perArticle("rubrics", rubricFileSchema),
      perArticle("annotations", annotationFileSchema),
      perArticle("claims", claimsFileSchema),
      reader.yaml("techniques.yaml", techniquesFileSchema),
      reader.yaml("source-cards.yaml", sourceCardsFileSchema),
      reader.yaml("comparison.yaml", comparisonFileSchema),
      reader.yaml("places.yaml", placesFileSchema),
      reader.yaml("background/overview.yaml", overviewSchema),
      reader.yaml("background/timeline.yaml", timelineSchema),
      reader.yaml("background/figures.yaml", figuresSchema),
      reader.yaml("background/glossary.yaml", glossarySchema),
      reader.yaml("corrections.yaml", correctionsFileSchema),
      loadGuides(reader, slugs),
      reader.yaml("lateral.yaml", lateralPathsFileSchema),
    ]);

  const bySlug = <T>(list: Array<T | undefined>) =>
    Object.fromEntries(list.flatMap((item, index) => (item ? [[slugs[index] ?? "", item]] : []))) as Record<string, T>;
  const loaded = articles.filter((article): article is Article => article !== undefined);
  // A file that failed to load stands in as empty, so the rules between files still run and one
  // pass reports every problem (its stand-in rubric keeps a broken comparison.yaml reported once).
  const standIn = { fr: "-", en: "-" };
  const content: Content = {
    articles: loaded.sort((a, b) => a.meta.position - b.meta.position),
    questionSets: bySlug(questionSets),
    rubrics: bySlug(rubrics),
    annotations: bySlug(annotations),
    claims: bySlug(claims),
    techniques: techniques ?? { categories: [], techniques: [] },
    sourceCards: sourceCards ?? [],
    lateralPaths: lateralPaths ?? [],
    comparison: comparison ?? { exercise: { key: "missing", fr: { prompt: "-", teacherNotes: "-" }, en: { prompt: "-", teacherNotes: "-" }, rubric: [standIn, standIn, standIn, standIn] }, narratives: [], uses: [], numbers: [] },
    places: places ?? [],
    sources: Object.fromEntries(sourceList.map((source) => [source.id, source])),
    background: { overview: overview ?? [], timeline: timeline ?? [], figures: figures ?? [], glossary: glossary ?? [] },
    corrections: [...(corrections ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
    guides,
  };
  // A calibration question that lists no claims covers every card of its article.
  for (const [slug, set] of Object.entries(content.questionSets)) {
    for (const question of set.questions) {
      if (question.type === "calibration" && question.claims.length === 0) question.claims = (content.claims[slug]?.claims ?? []).map((claim) => claim.id);
    }
  }
  const issues = [...reader.issues, ...crossCheck(content, root)];
  if (issues.length > 0) throw new ContentError(issues);
  // Everything we wrote is typeset; article bodies and verbatim titles are not (see typeset).
  const { articles: verbatim, sources, ...written } = content;
  return { articles: verbatim, sources, ...typeset(written) };
}
