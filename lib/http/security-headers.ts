import { createHash } from "node:crypto";
import { DISPLAY_SCRIPT } from "../display/settings";

/**
 * The security headers of every response: next.config.ts sets them on everything, proxy.ts puts
 * each page's own policy. No "server-only": next.config.ts and the build scripts load this
 * outside Next.js's bundles. docs/security.md explains the choices.
 */

/** On every response: no framing by any site, no type sniffing, no full address sent elsewhere. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  // Nothing the app uses; denied so that no injected or framed script can ask for it.
  "permissions-policy":
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()",
};

/** Sent only over HTTPS: a school server on plain HTTP must stay reachable. Two years, as browsers' preload lists ask. */
export const HSTS = "max-age=63072000";

/** For responses that are not pages (JSON, scripts, styles, fonts): nothing may run or frame them. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The parts of a page's policy that do not depend on how its scripts are trusted. Styles come from
 * the app's own files; style attributes (server-rendered `style` props) cannot run code, so they
 * are allowed. Forms post only here; the base address cannot be moved.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The CSP source of an inline script: `sha256-` and the base64 SHA-256 of its exact text. */
export function scriptHash(body: string): string {
  return `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`;
}

/**
 * The root layout's display script (lib/display/settings.ts), in every page's <head>. It is allowed
 * by its hash under both policies: a nonce cannot be put in it without rendering the layout per
 * request, and under 'strict-dynamic' a hash is still honoured.
 */
export const DISPLAY_SCRIPT_HASH = scriptHash(DISPLAY_SCRIPT);

function pagePolicy(scriptSrc: string, styleSrc: string, secure: boolean): string {
  return [...PAGE_DIRECTIVES, `script-src ${scriptSrc}`, `style-src ${styleSrc}`, ...(secure ? ["upgrade-insecure-requests"] : [])].join("; ");
}

/**
 * A page rendered per request: its scripts carry this request's nonce, and what they load is
 * trusted through them ('strict-dynamic'), so no other script runs whatever its address. Next.js
 * reads the nonce from the request's own Content-Security-Policy header. `development` adds
 * 'unsafe-eval', which React's development build needs for its error overlays.
 */
export function noncePolicy(nonce: string, secure: boolean, development = false): string {
  return pagePolicy(
    `'self' '${DISPLAY_SCRIPT_HASH}' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `'self' 'nonce-${nonce}'`,
    secure,
  );
}

/**
 * A page identical for everyone (prerendered): a nonce would have to change on every request,
 * so the page's inline scripts are allowed by their hashes instead, and its script files by
 * their address (this origin only). Same protection against injected markup: an injected inline
 * script has no allowed hash, and no other origin's script loads.
 */
export function hashPolicy(inlineScriptHashes: readonly string[], secure: boolean): string {
  const hashes = new Set([DISPLAY_SCRIPT_HASH, ...inlineScriptHashes]);
  return pagePolicy(["'self'", ...[...hashes].map((hash) => `'${hash}'`)].join(" "), "'self'", secure);
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP hashes (sha256-…) of the inline scripts of an HTML document, each once, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? "";
    if (body.length > 0) hashes.add(scriptHash(body));
  }
  return [...hashes];
}
