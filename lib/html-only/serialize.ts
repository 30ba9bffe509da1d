import type { HtmlNode, HtmlProp } from "./registry";

/** HTML elements that have no closing tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const NAMES: Record<string, string> = { className: "class", htmlFor: "for", tabIndex: "tabindex" };

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

function attribute(name: string, value: HtmlProp): string {
  const html = NAMES[name] ?? name;
  // ARIA states are "true"/"false" words; any other boolean attribute is present or absent.
  if (typeof value === "boolean") {
    if (html.startsWith("aria-")) return ` ${html}="${value}"`;
    return value ? ` ${html}` : "";
  }
  return ` ${html}="${escapeAttribute(String(value))}"`;
}

/**
 * The markup of an html-only island as an HTML string. Only what HTML itself requires is escaped
 * (French apostrophes stay apostrophes), which the island's text is made of.
 */
export function serializeHtml(nodes: readonly HtmlNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === "string") return escapeText(node);
      const attributes = Object.entries(node.props)
        .map(([name, value]) => attribute(name, value))
        .join("");
      if (VOID.has(node.type)) return `<${node.type}${attributes}>`;
      return `<${node.type}${attributes}>${serializeHtml(node.children)}</${node.type}>`;
    })
    .join("");
}
