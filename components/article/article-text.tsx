import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getPathname } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";
import type { AppLocale } from "@/lib/config";
import type { ArticleBlock } from "@/lib/content/blocks";
import { findGlosses } from "@/lib/content/glosses";
import type { GlossaryEntry } from "@/lib/content/schemas";
import type { Article } from "@/lib/content";

/** A claim's place in the text (offsets into its block), to be marked as a link to its card. */
export type ClaimMark = { id: string; block: string; start: number; end: number };

/**
 * The article's blocks exactly as stored, whitespace and typos included (pre-wrap on [data-text]
 * keeps line breaks and indents), each with its number in the margin. The title block is rendered by the
 * header, not here. Each block's text is the lone text node of a data-text element, so passages
 * (offsets into the stored text) map straight onto the DOM (lib/passages/dom.ts). Claims and
 * glossary terms are marked inside it as elements whose text is exactly the words they mark.
 */
export async function ArticleText({
  article,
  claims = [],
  glossary = [],
  translated = false,
}: Readonly<{ article: Article; claims?: readonly ClaimMark[]; glossary?: readonly GlossaryEntry[]; translated?: boolean }>) {
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale()]);
  // Interface words inside the French text carry their language only when it differs.
  const labels = { caption: `${t("caption")} ${t("captionNote")}`, site: t("siteText"), lang: locale === "fr" ? undefined : locale };
  const claimsPath = getPathname({ href: `/articles/${article.slug}/claims`, locale });
  const termHref = (id: string) => getPathname({ href: backgroundHref(article.slug, "glossary", `term-${id}`), locale });
  const blocks = article.blocks.filter((block) => block.kind !== "title");
  const marks = new Map(blocks.map((block) => [block.id, blockMarks(block, claims, glossary)]));
  const glossed = new Set([...marks.values()].flat().flatMap((mark) => (mark.kind === "gloss" ? [mark.id] : [])));
  const render = (mark: Mark, words: string) =>
    mark.kind === "claim" ? (
      <a key={`c-${mark.id}`} href={`${claimsPath}#claim-${mark.id}`} data-keep-scroll aria-describedby="claim-hint" className="claim-mark">
        {words}
      </a>
    ) : (
      <a key={`g-${mark.id}`} href={termHref(mark.id)} data-gloss={mark.id} aria-haspopup="dialog" aria-describedby="gloss-hint" className="gloss-mark">
        {words}
      </a>
    );
  const marked = (block: ArticleBlock) => markText(block.text, marks.get(block.id) ?? [], render);
  return (
    <div lang="fr" className="reader-text font-serif text-ink">
      <span id="claim-hint" lang={labels.lang} hidden>
        {t("claimHint")}
      </span>
      <span id="gloss-hint" lang={labels.lang} hidden>
        {t("glossHint")}
      </span>
      {translated && <TranslationNotice article={article} />}
      {blocks.map((block) => (
        <div key={block.id} id={block.id} data-paragraph>
          <a href={`#${block.id}`} aria-label={t("paragraph", { number: block.number ?? 0 })} lang={labels.lang}>
            {block.number}
          </a>
          <BlockBody block={block} labels={labels} text={marked(block)} />
          {translated && <TranslatedBlock article={article} block={block} />}
        </div>
      ))}
      <GlossPopovers entries={glossary.filter((entry) => glossed.has(entry.id))} href={termHref} />
    </div>
  );
}

/**
 * One native popover per glossary entry marked in the text, after it: the term and its definition
 * in the interface language. The reader's GlossOpener shows it from a mark; Escape, a tap outside
 * or the close button hide it. Without JavaScript the marks are links to the Background tab.
 */
async function GlossPopovers({ entries, href }: Readonly<{ entries: readonly GlossaryEntry[]; href: (id: string) => string }>) {
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale()]);
  return entries.map((entry) => {
    const { term, definition } = entry[locale as AppLocale];
    const id = `gloss-${entry.id}`;
    return (
      <div
        key={entry.id}
        id={id}
        popover="auto"
        role="dialog"
        aria-labelledby={`${id}-term`}
        aria-describedby={`${id}-text`}
        lang={locale}
        className="gloss-popover"
      >
        <p id={`${id}-term`} className="pr-8 font-semibold">
          {term}
        </p>
        <p id={`${id}-text`} className="mt-1">
          {definition}
        </p>
        <a href={href(entry.id)} data-keep-scroll className="mt-2 inline-block text-accent">
          {t("glossMore")}
        </a>
        <button type="button" popoverTarget={id} popoverTargetAction="hide" aria-label={t("glossClose")} className="gloss-close">
          ×
        </button>
      </div>
    );
  });
}

/**
 * A block's working English translation, under or beside it as the reader's view says (CSS keyed
 * on <html data-text-view>: app/globals.css); out of [data-text], so passages stay offsets into
 * the French. Its tag names the paragraph it belongs to.
 */
async function TranslatedBlock({ article, block }: Readonly<{ article: Article; block: ArticleBlock }>) {
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale()]);
  const translation = article.translation.blocks[block.id];
  if (!translation) return null;
  return (
    <div data-translation lang="en">
      <span lang={locale} className="translation-tag">
        {t("translationTag", { number: block.number ?? 0 })}
      </span>
      <p className="verbatim">{translation.text}</p>
      {translation.notes.length > 0 && (
        <details lang={locale} className="mt-1 font-sans text-sm text-muted">
          <summary className="cursor-pointer">{t("translationNoteBlock")}</summary>
          <ul lang="en" className="mt-1 list-disc pl-5">
            {translation.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Said once above a translated text: what the translation is, the translator's decisions, and its review against the original. */
async function TranslationNotice({ article }: Readonly<{ article: Article }>) {
  const [t, format, locale] = await Promise.all([getTranslations("article"), getFormatter(), getLocale()]);
  const { notes, review } = article.translation;
  return (
    <div data-translation-notice lang={locale} className="mb-6 rounded-md border border-line bg-panel px-4 py-3 font-sans text-sm">
      <p>{t("translationNotice")}</p>
      <details className="mt-2">
        <summary className="cursor-pointer text-accent">{t("translationNotes")}</summary>
        <ul lang="en" className="mt-2 list-disc space-y-1 pl-5">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        {review && (
          <p className="mt-2">
            {t("translationReview", { date: format.dateTime(new Date(review.date), { dateStyle: "long", timeZone: "UTC" }), scope: review.scope })}
          </p>
        )}
      </details>
    </div>
  );
}

type Labels = { caption: string; site: string; lang: string | undefined };

/** Labels are in the interface language, inside French text: in English they carry their own lang. */
function BlockBody({ block, labels, text }: Readonly<{ block: ArticleBlock; labels: Labels; text: ReactNode }>): ReactNode {
  switch (block.kind) {
    case "heading":
      return (
        <h2 data-text={block.id} className="text-xl leading-snug font-semibold">
          {text}
        </h2>
      );
    case "quote":
      return (
        <blockquote data-text={block.id} className="border-l-4 border-line pl-4">
          {text}
        </blockquote>
      );
    case "caption":
      return (
        <figure className="rounded-md border border-dashed border-line bg-panel px-4 py-3">
          <span lang={labels.lang} className="mb-1 block font-sans text-xs font-medium tracking-wide text-muted uppercase">
            {labels.caption}
          </span>
          <figcaption data-text={block.id} className="text-base italic">
            {text}
          </figcaption>
        </figure>
      );
    case "site-text":
      return (
        <p className="text-base text-muted verbatim">
          <span lang={labels.lang} className="mr-2 font-sans text-xs font-medium tracking-wide uppercase">
            [{labels.site}]
          </span>
          <span data-text={block.id}>{text}</span>
        </p>
      );
    case "signature":
      return (
        <p data-text={block.id} className="italic">
          {text}
        </p>
      );
    default:
      return <p data-text={block.id}>{text}</p>;
  }
}

type Mark = { kind: "claim" | "gloss"; id: string; start: number; end: number };

/** A block's marks, in text order: its claims (never overlapping: content:check), then the glossary terms outside them. */
function blockMarks(block: ArticleBlock, claims: readonly ClaimMark[], glossary: readonly GlossaryEntry[]): Mark[] {
  const inBlock = claims.filter((claim) => claim.block === block.id).map((claim): Mark => ({ ...claim, kind: "claim" }));
  const glosses = findGlosses(block.text, glossary, inBlock).map((gloss): Mark => ({ ...gloss, kind: "gloss" }));
  return [...inBlock, ...glosses].sort((a, b) => a.start - b.start);
}

/**
 * The block's text with each mark (a claim linked to its card, a glossary term) rendered around
 * its words. A mark's text is the stored text itself, so the block's text content stays
 * byte-identical to the stored text.
 */
function markText(text: string, marks: readonly Mark[], render: (mark: Mark, words: string) => ReactNode): ReactNode {
  if (marks.length === 0) return text;
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start < cursor) continue;
    parts.push(text.slice(cursor, mark.start), render(mark, text.slice(mark.start, mark.end)));
    cursor = mark.end;
  }
  parts.push(text.slice(cursor));
  return parts;
}
