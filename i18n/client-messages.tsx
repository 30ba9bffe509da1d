import "server-only";
import type { AppLocale } from "@/lib/config";
import { messagesFor } from "./messages";

/** The namespaces client components read; everything else stays on the server. */
const CLIENT_NAMESPACES = ["autosave", "questions", "passages", "submit", "exercise", "reader", "layout", "errors", "myWork"] as const;

export function clientMessages(locale: AppLocale) {
  const all = messagesFor(locale);
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, all[namespace]]));
}
