import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Article, Content } from "@/lib/content";
import { referenceSpans } from "@/lib/results/results";
import { AnnotatedPassage } from "./annotated-passage";

/**
 * The article's reference annotation, in the text's order: each tagged passage quoted with its
 * paragraph number, its technique and why (the teacher's answer key; not the whole text).
 */
export async function ReferenceAnnotation({ article, content }: Readonly<{ article: Article; content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("results"), getLocale() as Promise<AppLocale>]);
  const order = new Map(article.blocks.map((block, index) => [block.id, index]));
  const spans = referenceSpans(article, content).sort((a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0) || a.start - b.start);
  if (spans.length === 0) return null;
  const techniqueName = (id: string) => content.techniques.techniques.find((technique) => technique.id === id)?.[locale].name ?? id;
  const where = (block: string) => {
    const number = article.blocks.find((candidate) => candidate.id === block)?.number;
    return number ? `§ ${number}` : t("inTitle");
  };
  return (
    <section aria-labelledby={`annotation-${article.slug}`} className="reference-annotation mt-4">
      <h4 id={`annotation-${article.slug}`} className="text-sm font-semibold">
        {t("referenceTags")} ({spans.length})
      </h4>
      <ol className="mt-2 space-y-1 text-sm">
        {spans.map((span) => (
          <li key={span.id} data-block={span.block}>
            <AnnotatedPassage
              label={`${where(span.block)} · ${techniqueName(span.label)}`}
              quote={span.quote}
              why={span.why[locale]}
              className="border-accent bg-surface"
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
