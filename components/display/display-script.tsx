import { DISPLAY_SCRIPT } from "@/lib/display/settings";

/**
 * In every page's <head>: puts the learner's stored display settings on <html> before the first
 * paint (lib/display/settings.ts). Allowed by its hash in every page's policy
 * (lib/http/security-headers.ts), so the page stays static: no nonce, no cookie read.
 */
export function DisplayScript() {
  return <script dangerouslySetInnerHTML={{ __html: DISPLAY_SCRIPT }} />;
}
