import "server-only";
import { Fragment, isValidElement, type ReactNode } from "react";
import type { HtmlNode, HtmlProp } from "./registry";

const CLIENT_REFERENCE = Symbol.for("react.client.reference");

type Element = { type: unknown; props: Record<string, unknown> & { children?: ReactNode } };

const isClientReference = (type: unknown) =>
  (typeof type === "function" || typeof type === "object") && type !== null && (type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE;

/** Host attributes only: what HTML can carry. Handlers and objects cannot be frozen into markup. */
function attributes(props: Record<string, unknown>): Record<string, HtmlProp> {
  const result: Record<string, HtmlProp> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || value === undefined || value === null) continue;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new Error(`html-only markup cannot carry the ${typeof value} attribute "${name}"`);
    }
    result[name] = value;
  }
  return result;
}

/**
 * Renders server components down to host elements (awaiting async ones), in the server render's
 * own request scope, so translations and formatters work as usual. A client component inside is
 * an error: it could not be interactive in markup that is never hydrated.
 */
export async function resolveToHtml(node: ReactNode): Promise<HtmlNode[]> {
  if (node === null || node === undefined || typeof node === "boolean") return [];
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return [String(node)];
  if (Array.isArray(node)) return (await Promise.all(node.map((child: ReactNode) => resolveToHtml(child)))).flat();
  if (!isValidElement(node)) throw new Error("html-only markup accepts elements, text and arrays only");
  const { type, props } = node as Element;
  if (typeof type === "string") return [{ type, props: attributes(props), children: await resolveToHtml(props.children) }];
  if (type === Fragment) return resolveToHtml(props.children);
  if (isClientReference(type)) throw new Error("html-only markup cannot hold a client component: it is never hydrated");
  if (typeof type === "function") return resolveToHtml(await (type as (props: unknown) => ReactNode | Promise<ReactNode>)(props));
  throw new Error("html-only markup met an element type it cannot render");
}
