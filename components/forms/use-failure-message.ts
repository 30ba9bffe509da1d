"use client";

import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";
import type { ActionFailure } from "@/lib/result";

/** A server action's failure (or one field's code) as the localised sentence to show. */
export function useFailureMessage() {
  const t = useTranslations("errors.codes");
  return (failure: Pick<ActionFailure, "code" | "max" | "names"> | ErrorCode): string => {
    const { code, max, names } = typeof failure === "string" ? { code: failure, max: undefined, names: undefined } : failure;
    const sentence = t(code, { max: max ?? 0 });
    return names && names.length > 0 ? `${sentence} (${names.join(", ")})` : sentence;
  };
}
