"use client";

import { useRouter } from "next/navigation";
import { useLayoutEffect, useRef, useState, type MouseEvent } from "react";
import { registeredHtml } from "@/lib/html-only/registry";
import { serializeHtml } from "@/lib/html-only/serialize";

/** Markup seen on this page, by island: what a later mount (back and forth in the app) shows at once. */
const copies = new Map<string, string>();

/** The page's own HTML, fetched once for all the islands one navigation mounts (a reader has a dozen). */
const pages = new Map<string, Promise<Document>>();

function fetchPage(pathname: string): Promise<Document> {
  let page = pages.get(pathname);
  if (!page) {
    page = fetch(pathname, { headers: { accept: "text/html" } })
      .then((response) => response.text())
      .then((html) => new DOMParser().parseFromString(html, "text/html"));
    pages.set(pathname, page);
    // Kept while in flight only: a later visit fetches the page again.
    page.finally(() => pages.delete(pathname)).catch(() => undefined);
  }
  return page;
}

/** The same markup out of the page's own HTML, for an island mounted by a client-side navigation. */
async function fetchCopy(id: string): Promise<string | null> {
  const page = await fetchPage(window.location.pathname);
  return page.querySelector(`[data-html-only="${CSS.escape(id)}"]`)?.innerHTML ?? null;
}

/**
 * The browser side of HtmlOnly. Its markup is in the HTML but not in the React payload, so React
 * must never rebuild it: the element's content is raw HTML on both sides, which React does not
 * hydrate child by child, so the server's DOM stays; a later mount shows the copy taken then. Links to
 * pages of the app navigate inside the app, as a Link would; `data-keep-scroll` keeps the reading
 * place (a panel opening beside the text).
 */
export function HtmlOnlyIsland({ id, className }: Readonly<{ id: string; className?: string }>) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [html, setHtml] = useState(() => copies.get(id) ?? "");
  const pendingScroll = useRef(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (element.firstChild) {
      copies.set(id, element.innerHTML);
      return;
    }
    let live = true;
    fetchCopy(id)
      .then((copy) => {
        if (live && copy !== null) {
          copies.set(id, copy);
          setHtml(copy);
          pendingScroll.current = true;
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id]);

  // The address may point into the markup that just arrived (a paragraph): go there, as a page load would.
  useLayoutEffect(() => {
    if (!pendingScroll.current) return;
    pendingScroll.current = false;
    const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (target && ref.current?.contains(target)) target.scrollIntoView();
  }, [html]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest("a[href]");
    const href = link?.getAttribute("href");
    // A handler of the page took the click (a glossary term opening its definition).
    if (event.defaultPrevented || !link || !href?.startsWith("/") || link.hasAttribute("target") || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(href, { scroll: !link.hasAttribute("data-keep-scroll") });
  };

  let markup = html;
  if (typeof window === "undefined") {
    const nodes = registeredHtml(id);
    if (!nodes) throw new Error(`No markup was registered for the html-only island "${id}"`);
    markup = serializeHtml(nodes);
  }
  return <div ref={ref} data-html-only={id} className={className} onClick={onClick} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: markup }} />;
}
