import "server-only";
import { cache } from "react";
import { isDevelopment } from "@/lib/env";
import { loadContent, type Content } from "./load";

let loaded: Promise<Content> | undefined;

/**
 * The validated teaching material, read once per server process (content/ only changes with a
 * deploy). In development it is read again on every request so edits show without a restart.
 */
export const getContent = cache((): Promise<Content> => {
  if (isDevelopment()) return loadContent();
  loaded ??= loadContent().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
});

import type { Article } from "./load";
export type { Article, Content } from "./load";

/** The material and one article by slug (article undefined when no article has that slug). */
export async function getArticle(slug: string): Promise<{ content: Content; article: Article | undefined }> {
  const content = await getContent();
  return { content, article: content.articles.find((candidate) => candidate.slug === slug) };
}
