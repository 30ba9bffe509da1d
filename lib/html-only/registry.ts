/**
 * Markup that is rendered to HTML once and never sent again in the React Server Components payload
 * (components/html-only). The server render resolves it to plain host elements and leaves it here;
 * the HTML render of the same page picks it up by key. Both run in one process (the payload is
 * piped into the HTML render), hence a process-wide map. Keys name content that exists once per
 * locale and page (an article, a question), so the map stays as small as the content.
 */

export type HtmlNode = string | { type: string; props: Record<string, HtmlProp>; children: HtmlNode[] };
export type HtmlProp = string | number | boolean;

const store = ((globalThis as { __htmlOnly?: Map<string, HtmlNode[]> }).__htmlOnly ??= new Map());

export function registerHtml(key: string, nodes: HtmlNode[]): void {
  store.set(key, nodes);
}

export function registeredHtml(key: string): HtmlNode[] | undefined {
  return store.get(key);
}
