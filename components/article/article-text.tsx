import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getPathname } from "@/i18n/navigation";
import type { ArticleBlock } from "@/lib/content/blocks";
import type { Article } from "@/lib/content";

/** A claim's place in the text (offsets into its block), to be marked as a link to its card. */
export type ClaimMark = { id: string; block: string; start: number; end: number };

/**
 * The article's blocks exactly as stored, whitespace and typos included (pre-wrap on [data-text]
 * keeps line breaks and indents), each with its number in the margin. The title block is rendered by the
 * header, not here. Each block's text is the lone text node of a data-text element, so passages
 * (offsets into the stored text) map straight onto the DOM (lib/passages/dom.ts).
 */
export async function ArticleText({
  article,
  claims = [],
  translated = false,
}: Readonly<{ article: Article; claims?: readonly ClaimMark[]; translated?: boolean }>) {
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale()]);
  // Interface words inside the French text carry their language only when it differs.
  const labels = { caption: `${t("caption")} ${t("captionNote")}`, site: t("siteText"), lang: locale === "fr" ? undefined : locale };
  const claimsPath = getPathname({ href: `/articles/${article.slug}/claims`, locale });
  const marked = (block: ArticleBlock) => markClaims(block, claims, claimsPath);
  const blocks = article.blocks.filter((block) => block.kind !== "title");
  return (
    <div lang="fr" className="reader-text font-serif text-ink">
      <span id="claim-hint" lang={labels.lang} hidden>
        {t("claimHint")}
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
    </div>
  );
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

/**
 * The block's text with each checked claim as a link to its card. The link's text is the quote
 * itself, so the block's text content stays byte-identical to the stored text.
 */
function markClaims(block: ArticleBlock, claims: readonly ClaimMark[], claimsPath: string): ReactNode {
  const inBlock = claims.filter((claim) => claim.block === block.id).sort((a, b) => a.start - b.start);
  if (inBlock.length === 0) return block.text;
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const claim of inBlock) {
    if (claim.start < cursor) continue;
    parts.push(block.text.slice(cursor, claim.start));
    parts.push(
      <a key={claim.id} href={`${claimsPath}#claim-${claim.id}`} data-keep-scroll aria-describedby="claim-hint" className="claim-mark">
        {block.text.slice(claim.start, claim.end)}
      </a>,
    );
    cursor = claim.end;
  }
  parts.push(block.text.slice(cursor));
  return parts;
}
