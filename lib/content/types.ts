import type { z } from "zod";
import type { ArticleBlock } from "./blocks";
import type { GuideFile } from "./guide-schemas";
import type { TranslationFile } from "./translation-schemas";
import type {
  AnnotationFile,
  ArticleMeta,
  ClaimsFile,
  ComparisonFile,
  Correction,
  figuresSchema,
  glossarySchema,
  LateralPath,
  Localized,
  overviewSchema,
  Place,
  QuestionSet,
  RubricFile,
  Source,
  SourceCard,
  TechniquesFile,
  timelineSchema,
} from "./schemas";

/** The teaching material as lib/content/load.ts returns it (a module of its own, so that the checks can name it without importing the loader). */

export type Article = {
  slug: string;
  meta: ArticleMeta;
  /** The verbatim text: the seed minus the page furniture listed in meta.removed. */
  body: string;
  blocks: ArticleBlock[];
  /** The working English translation, by block id (not the title's: meta.yaml has it). */
  translation: TranslationFile;
  title: Localized<string>;
  wordCount: number;
  readingMinutes: number;
  contentHash: string;
};

export type Content = {
  articles: Article[];
  questionSets: Record<string, QuestionSet>;
  /** By article slug, then question key: `rubrics[slug]?.questions[key]` is that question's 0–3 grading. */
  rubrics: Record<string, RubricFile>;
  annotations: Record<string, AnnotationFile>;
  claims: Record<string, ClaimsFile>;
  techniques: TechniquesFile;
  sourceCards: SourceCard[];
  /** The fact-checker's path per lateral-reading subject (a source card's id). */
  lateralPaths: LateralPath[];
  comparison: ComparisonFile;
  places: Place[];
  sources: Record<string, Source>;
  background: {
    overview: z.infer<typeof overviewSchema>;
    timeline: z.infer<typeof timelineSchema>;
    figures: z.infer<typeof figuresSchema>;
    glossary: z.infer<typeof glossarySchema>;
  };
  /** Newest first. */
  corrections: Correction[];
  /** Teachers' guides by subject: an article's slug, or "comparison". For teachers' pages only: they hold the answers. */
  guides: Record<string, GuideFile>;
};
