import type { ReactNode } from "react";
import { registerHtml } from "@/lib/html-only/registry";
import { resolveToHtml } from "@/lib/html-only/resolve";
import { HtmlOnlyIsland } from "./html-only-island";

/**
 * Server components rendered into the page's HTML and nowhere else. The App Router repeats every
 * server-rendered element in the React payload it inlines for hydration; for static text that
 * nothing interactive needs (an article, its header), that doubles the page for nothing. Inside,
 * only server components and host elements: links are plain <a> (the island navigates them).
 * `id` must be unique per page and name bounded content (lib/html-only/registry.ts).
 */
export async function HtmlOnly({ id, className, children }: Readonly<{ id: string; className?: string; children: ReactNode }>) {
  registerHtml(id, await resolveToHtml(children));
  return <HtmlOnlyIsland id={id} className={className} />;
}
