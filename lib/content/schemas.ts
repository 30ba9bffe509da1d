import { z } from "zod";

/**
 * The shape of every file under content/. Client-safe (pure zod). Cross-file rules (a question's
 * paragraphs exist in its article, every cited source exists, …) are checked in ./check.ts.
 */

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const text = z.string().trim().min(1, "must not be empty");
/** Prose we write: trimmed, never empty. */
export const textSchema = text;
/** What content names things by (slugs, question keys, ids of sources): kebab-case. */
export const contentKeySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
const key = contentKeySchema;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
export const isoDateSchema = isoDate;
/** Sources sometimes show only a month: say no more than they do. */
const partialDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be a date written YYYY-MM-DD or YYYY-MM");

/** Both languages are required: a missing English string is a content error, not a fallback. */
export const localized = <T extends z.ZodType>(inner: T) => z.strictObject({ fr: inner, en: inner });
export type Localized<T> = { fr: T; en: T };
export const localizedText = localized(text);

// ───────────────────────────── Sources ─────────────────────────────

/** Who is speaking, as in the fact sheet: official claims are always labelled as such. */
export const VOICES = [
  "independent",
  "official-kz",
  "official-ru",
  "official-csto",
  "pro-kremlin-media",
  "other",
] as const;
export const voiceSchema = z.enum(VOICES);
export type Voice = z.infer<typeof voiceSchema>;

export const sourceSchema = z.strictObject({
  id: key,
  title: text,
  publisher: text,
  /** The site the text was read on, when it is a copy of the publisher's story. */
  via: text.optional(),
  url: z.url(),
  date: partialDate.optional(),
  voice: voiceSchema,
  language: z.string().regex(/^[a-z]{2}$/),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema).min(1);

const sourceIds = z.array(key).min(1, "cite at least one source");
export const sourceIdsSchema = sourceIds;

// ───────────────────────────── Evidence levels ─────────────────────────────

/** How sure the record is, as in the fact sheet's tags. */
export const CONFIDENCE = ["confirmed", "single", "disputed", "official-only"] as const;
export const confidenceSchema = z.enum(CONFIDENCE);
export type Confidence = z.infer<typeof confidenceSchema>;

// ───────────────────────────── Articles ─────────────────────────────

export const BLOCK_KINDS = [
  "title",
  "heading",
  "paragraph",
  "list-item",
  "quote",
  "caption",
  "signature",
  /** Text the site put around the article (blog name, "read more" link, source line). */
  "site-text",
] as const;
export const blockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof blockKindSchema>;

export const blockSpecSchema = z.strictObject({
  id: z.string().regex(/^(title|p\d+)$/, 'must be "title" or p1, p2, …'),
  kind: blockKindSchema,
  /** How many consecutive non-blank lines of body.txt the block spans (hard-wrapped captions). */
  lines: z.number().int().min(1).default(1),
});
export type BlockSpec = z.infer<typeof blockSpecSchema>;

const removedChromeSchema = z.strictObject({
  kind: z.enum(["blog-sidebar", "comment-form", "site-logo", "share-button"]),
  text: z.string().min(1),
});

export const articleMetaSchema = z.strictObject({
  slug: key,
  position: z.number().int().min(1),
  seed: z.strictObject({
    file: z.string().regex(/^[\w.-]+\.txt$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /** Page furniture cut from the captured page; body.txt is the seed minus exactly these. */
  removed: z.array(removedChromeSchema),
  language: z.literal("fr"),
  title: z.union([
    z.strictObject({ kind: z.literal("original"), translation: z.strictObject({ en: text }) }),
    z.strictObject({ kind: z.literal("editorial"), text: localizedText, why: localizedText }),
  ]),
  outlet: z.strictObject({
    /** The name the page itself shows; null when it shows none. */
    name: text.nullable(),
    kind: z.enum(["blog", "state-media-website"]),
    /** An attribution made elsewhere that the record could not confirm. */
    unverifiedAttribution: text.optional(),
  }),
  /** The byline exactly as printed; null when the text is unsigned. */
  author: z.strictObject({ signed: text.nullable() }),
  published: z.strictObject({
    date: isoDate,
    precision: z.enum(["exact", "inferred"]),
    reasoning: localizedText,
  }),
  summary: localizedText,
  provenance: z.strictObject({
    known: z.array(z.strictObject({ text: localizedText, sources: z.array(key).default([]) })),
    unknown: z.array(localizedText),
  }),
  blocks: z.array(blockSpecSchema).min(1),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

// ───────────────────────────── Persuasion techniques ─────────────────────────────

/** Trimmed from SemEval-2023 Task 3 for secondary-school classes; ids are stable. */
export const TECHNIQUE_IDS = [
  "loaded-language",
  "name-calling",
  "exaggeration-minimisation",
  "appeal-to-fear",
  "appeal-to-authority",
  "doubt",
  "whataboutism",
  "false-dilemma",
  "causal-oversimplification",
  "conspiracy-framing",
  "flag-waving",
  "repetition",
  "slogans",
] as const;
export const techniqueIdSchema = z.enum(TECHNIQUE_IDS);
export type TechniqueId = z.infer<typeof techniqueIdSchema>;

export const CATEGORY_IDS = [
  "attack-on-reputation",
  "justification",
  "simplification",
  "distraction",
  "call",
  "manipulative-wording",
] as const;
export const categoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof categoryIdSchema>;

export const techniquesFileSchema = z.strictObject({
  categories: z.array(
    z.strictObject({
      id: categoryIdSchema,
      fr: z.strictObject({ name: text, description: text }),
      en: z.strictObject({ name: text, description: text }),
    }),
  ),
  techniques: z.array(
    z.strictObject({
      id: techniqueIdSchema,
      category: categoryIdSchema,
      fr: z.strictObject({ name: text, definition: text, example: text }),
      en: z.strictObject({ name: text, definition: text, example: text }),
    }),
  ),
});
export type TechniquesFile = z.infer<typeof techniquesFileSchema>;

// ───────────────────────────── Passages ─────────────────────────────

const blockId = z.string().regex(/^(title|p\d+)$/, 'must be a block id: "title" or p1, p2, …');

/**
 * A passage of an article, given by its exact words: the loader finds the character offsets, and
 * the check fails when the words do not occur verbatim in that block.
 */
export const passageSchema = z.strictObject({
  block: blockId,
  quote: z.string().min(2),
  /** Which occurrence, when the same words appear more than once in the block. */
  occurrence: z.number().int().min(1).default(1),
});
export type PassageRef = z.infer<typeof passageSchema>;

/**
 * A clean passage (issue 27, discernment): a neutral sentence of the article, quoted like a span,
 * or a short neutral excerpt on the same events from the background's sources, shown in the
 * exercise apart from the article under its own block id (x1, x2, …). Checks: lib/content/clean-checks.ts.
 */
export const cleanPassageSchema = z.union([
  passageSchema.extend({ id: key }),
  z.strictObject({ id: key, block: z.string().regex(/^x\d+$/, "an excerpt's block is x1, x2, …"), sources: sourceIds, fr: text, en: text }),
], { error: "a clean passage is a sentence of the article (id, block p…, quote) or a control excerpt (id, block x…, sources, fr and en)" });
export type CleanPassage = z.infer<typeof cleanPassageSchema>;

export const annotationFileSchema = z.strictObject({
  article: key,
  spans: z.array(
    passageSchema.extend({
      id: key,
      technique: techniqueIdSchema,
      fr: z.strictObject({ why: text }),
      en: z.strictObject({ why: text }),
    }),
  ),
  clean: z.array(cleanPassageSchema).default([]),
});
export type AnnotationFile = z.infer<typeof annotationFileSchema>;

// ───────────────────────────── Questions ─────────────────────────────

/** The reading method every question set follows, in this order. */
export const STAGES = [
  "before",
  "source",
  "claim",
  "evidence",
  "figure",
  "language",
  "missing",
  "after",
] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

const questionText = z.strictObject({
  prompt: text,
  /** Shown under the prompt: what a good answer does, not the answer. */
  hint: text.optional(),
  /** For teachers and, after submission, for the learner: what to look for. */
  teacherNotes: text,
});

const questionBase = {
  key,
  stage: stageSchema,
  /** The paragraphs the question points the learner to. */
  paragraphs: z.array(blockId).default([]),
};

const optionSchema = z.strictObject({ key, fr: text, en: text });

/** The reference answer of a closed question, with why. */
const referenceSchema = z.strictObject({ answer: z.array(key).min(1), fr: text, en: text });

export const openQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal("open"),
  maxLength: z.number().int().min(100).max(10_000).default(4_000),
  fr: questionText,
  en: questionText,
});

const choiceFields = {
  ...questionBase,
  options: z.array(optionSchema).min(2),
  /** Adds an "Other (explain)" choice with a text field. */
  allowOther: z.boolean().default(false),
  reference: referenceSchema,
  fr: questionText,
  en: questionText,
};

export const singleChoiceQuestionSchema = z.strictObject({ ...choiceFields, type: z.literal("single") });
export const multipleChoiceQuestionSchema = z.strictObject({ ...choiceFields, type: z.literal("multiple") });

const scaleText = questionText.extend({ minLabel: text, maxLabel: text });

export const scaleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal("scale"),
  min: z.number().int().default(1),
  max: z.number().int().default(5),
  /** On the after-reading question: the before-reading one to compare with. */
  compareWith: key.optional(),
  fr: scaleText,
  en: scaleText,
});

export const evidenceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal("evidence"),
  maxHighlights: z.number().int().min(1).max(20).default(5),
  /** Passages a good answer would include, shown after submission. */
  reference: z.strictObject({ passages: z.array(passageSchema).min(1), fr: text, en: text }).optional(),
  fr: questionText,
  en: questionText,
});

/** Tagging is compared with the article's reference annotation (content/annotations/<slug>.yaml). */
export const techniqueQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal("technique"),
  maxTags: z.number().int().min(1).max(40).default(15),
  fr: questionText,
  en: questionText,
});

/**
 * Lateral reading (issue 27): the learner leaves the page to find out who is behind the outlet or
 * author of a source card, and notes the trail; the fact-checker's path for it is in lateral.yaml.
 */
export const lateralQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal("lateral"),
  /** The source card (source-cards.yaml) of the outlet or author to investigate. */
  subject: key,
  /** What the search link looks up (the name as the article prints it). */
  search: text,
  /** Host names that belong to the subject itself: reading them is not reading laterally (the teacher's hint leaves them out). */
  ownSites: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a host name, e.g. example.org")).default([]),
  fr: questionText,
  en: questionText,
});

/**
 * Calibration (lib/question-types/calibration.ts): the claim cards (content/claims/<slug>.yaml ids)
 * the learner gives a probability for; none listed means every card of the article (the loader
 * fills them in, lib/content/load.ts).
 */
export const calibrationQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal("calibration"),
  claims: z.array(key).default([]),
  fr: questionText,
  en: questionText,
});

export const questionSchema = z.discriminatedUnion("type", [
  openQuestionSchema,
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  scaleQuestionSchema,
  evidenceQuestionSchema,
  techniqueQuestionSchema,
  lateralQuestionSchema,
  calibrationQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];

export const questionSetSchema = z.strictObject({
  article: key,
  /**
   * Suggested sets of question keys a teacher can give instead of every question: `short`, a
   * lesson of one sitting (5 to 7 questions). Each key must be a question of this set (lib/content/check.ts).
   */
  sets: z.strictObject({ short: z.array(key).min(5).max(7) }),
  questions: z.array(questionSchema).min(3, "an article needs at least three questions"),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;

// ───────────────────────────── Rubrics ─────────────────────────────

/** Teachers grade every answer 0 to 3: one description per score, so rubric[n] is worth n points. */
export const rubricSchema = z.tuple([localizedText, localizedText, localizedText, localizedText], {
  error: "a rubric has exactly four levels, 0 to 3",
});
export type Rubric = z.infer<typeof rubricSchema>;

/** Keyed by question key, so a review page reads `rubrics[slug].questions[question.key]`. */
export const rubricFileSchema = z.strictObject({
  article: key,
  questions: z.record(key, rubricSchema),
});
export type RubricFile = z.infer<typeof rubricFileSchema>;

// ───────────────────────────── Claims and source cards ─────────────────────────────

/** A small, neutral scale: it says how the record stands, not what to think. */
export const CLAIM_STATUSES = [
  "documented",
  "official-claim-only",
  "disputed",
  "no-evidence-presented",
  "contradicted-by-record",
] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const claimSchema = passageSchema.extend({
  id: key,
  status: claimStatusSchema,
  /** "As known on": the date the record was last checked for this card. */
  asOf: isoDate,
  sources: sourceIds,
  /** Timeline events the claim is about (background/timeline.yaml ids). */
  events: z.array(key).default([]),
  fr: z.strictObject({ claim: text, record: text }),
  en: z.strictObject({ claim: text, record: text }),
});
export type Claim = z.infer<typeof claimSchema>;
export const claimsFileSchema = z.strictObject({ article: key, claims: z.array(claimSchema).min(5) });
export type ClaimsFile = z.infer<typeof claimsFileSchema>;

export const sourceCardSchema = z.strictObject({
  id: key,
  kind: z.enum(["outlet", "author", "quoted-source"]),
  name: text,
  articles: z.array(key).min(1),
  fr: z.strictObject({ summary: text }),
  en: z.strictObject({ summary: text }),
  documented: z.array(z.strictObject({ sources: sourceIds, fr: text, en: text })),
  notEstablished: z.array(localizedText),
});
export type SourceCard = z.infer<typeof sourceCardSchema>;
export const sourceCardsFileSchema = z.array(sourceCardSchema).min(1);

/** A fact-checker's path for one lateral-reading subject (lateral.yaml): the steps in order, each with what it shows. */
export const lateralPathSchema = z.strictObject({
  /** The source card the path investigates. */
  subject: key,
  steps: z
    .array(
      z.strictObject({
        /** Where the step reads (sources/*.yaml); none when the step is a search that finds nothing. */
        sources: z.array(key).default([]),
        fr: z.strictObject({ action: text, shows: text }),
        en: z.strictObject({ action: text, shows: text }),
      }),
    )
    .min(2),
  /** What the path lets one say, and what it does not. */
  verdict: localizedText,
});
export type LateralPath = z.infer<typeof lateralPathSchema>;
export const lateralPathsFileSchema = z.array(lateralPathSchema).min(1);

// ───────────────────────────── Comparison ─────────────────────────────

export const comparisonFileSchema = z.strictObject({
  /** The learners' version of the matrix: one question, answered cell by cell. */
  exercise: z.strictObject({
    key,
    fr: questionText,
    en: questionText,
    /** Graded 0 to 3 like every question; optional here so the check can name it when missing. */
    rubric: rubricSchema.optional(),
  }),
  narratives: z.array(
    z.strictObject({
      id: key,
      fr: z.strictObject({ name: text, description: text }),
      en: z.strictObject({ name: text, description: text }),
    }),
  ),
  /** The reference matrix: which article uses which narrative, and where. */
  uses: z.array(
    z.strictObject({
      article: key,
      narrative: key,
      passages: z.array(passageSchema).min(1),
      fr: z.strictObject({ note: text }),
      en: z.strictObject({ note: text }),
    }),
  ),
  /** Each figure an article cites, next to the documented figure for the same date. */
  numbers: z.array(
    passageSchema.extend({
      id: key,
      article: key,
      topic: z.enum(["deaths", "injured", "arrests", "troops", "damage", "other"]),
      /** The day the article's figure refers to. */
      asOf: isoDate,
      sources: sourceIds,
      fr: z.strictObject({ articleFigure: text, documented: text, who: text }),
      en: z.strictObject({ articleFigure: text, documented: text, who: text }),
    }),
  ),
});
export type ComparisonFile = z.infer<typeof comparisonFileSchema>;

export const placesFileSchema = z.array(
  z.strictObject({
    id: key,
    kind: z.enum(["capital", "city", "region", "site", "border"]),
    /** WGS84 degrees; for a border, a point on it where its label goes. */
    lat: z.number().min(35).max(60),
    lon: z.number().min(45).max(90),
    events: z.array(key).default([]),
    articles: z.array(key).default([]),
    fr: z.strictObject({ name: text, note: text }),
    en: z.strictObject({ name: text, note: text }),
  }),
);
export type Place = z.infer<typeof placesFileSchema>[number];

// ───────────────────────────── Background ─────────────────────────────

const cited = { sources: sourceIds, confidence: confidenceSchema };

export const overviewSchema = z.array(
  z.strictObject({ id: key, ...cited, fr: z.strictObject({ title: text, text }), en: z.strictObject({ title: text, text }) }),
);

export const timelineEventSchema = z.strictObject({
  id: key,
  date: isoDate,
  endDate: isoDate.optional(),
  /** Set when the entry reports what someone said rather than what happened. */
  claimBy: voiceSchema.optional(),
  ...cited,
  fr: z.strictObject({ title: text, text, time: text.optional() }),
  en: z.strictObject({ title: text, text, time: text.optional() }),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export const timelineSchema = z.array(timelineEventSchema).min(1);

export const FIGURE_STATUSES = ["official", "withdrawn", "independent", "unsourced-claim"] as const;

export const figurePointSchema = z.strictObject({
  /** The day the figure was given. */
  asOf: isoDate,
  value: z.number().nonnegative(),
  /** Upper bound, when the figure is a range. */
  upTo: z.number().nonnegative().optional(),
  qualifier: z.enum(["about", "more-than", "nearly"]).optional(),
  status: z.enum(FIGURE_STATUSES),
  voice: voiceSchema,
  ...cited,
  fr: z.strictObject({ who: text, text }),
  en: z.strictObject({ who: text, text }),
});
export type FigurePoint = z.infer<typeof figurePointSchema>;

export const figureSeriesSchema = z.strictObject({
  id: key,
  fr: z.strictObject({ label: text, note: text }),
  en: z.strictObject({ label: text, note: text }),
  points: z.array(figurePointSchema).min(1),
});
export type FigureSeries = z.infer<typeof figureSeriesSchema>;
export const figuresSchema = z.array(figureSeriesSchema).min(1);

export const glossaryEntrySchema = z.strictObject({
  id: key,
  fr: z.strictObject({ term: text, definition: text }),
  en: z.strictObject({ term: text, definition: text }),
  sources: z.array(key).default([]),
  /** The term's exact French forms as the articles write them ("OTSC", "révolutions colorées"), glossed in the text (lib/content/glosses.ts). */
  matches: z.array(text).min(1).optional(),
  /** Phrases of the articles in which a form names something else ("place Astana": a square in Almaty, not the capital); not glossed there. */
  unless: z.array(text).min(1).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export const glossarySchema = z.array(glossaryEntrySchema).min(1);

// ───────────────────────────── Corrections ─────────────────────────────

/** One dated correction to content/, shown on the method and corrections page. */
export const correctionSchema = z.strictObject({
  date: isoDate,
  /** The file corrected, relative to content/ (e.g. claims/main-des-americains.yaml). */
  where: z.string().regex(/^[a-z0-9/-]+\.yaml$/, "must name a file of content/, e.g. claims/<slug>.yaml"),
  /**
   * For a claims file: the ids of the cards whose claim, status or record the correction changes
   * ([] when it changes none, e.g. only dates). Each card's "as of" date must then be on or after
   * the correction's, as the method page promises; the content check holds every card to it.
   */
  cards: z.array(key).optional(),
  fr: text,
  en: text,
});
export type Correction = z.infer<typeof correctionSchema>;
export const correctionsFileSchema = z.array(correctionSchema);
