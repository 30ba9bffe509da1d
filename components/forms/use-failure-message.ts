"use client";

import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";
import { messageValues, type ActionFailure } from "@/lib/result";

/** A server action's failure (or one field's code) as the localised sentence to show. */
export function useFailureMessage() {
  const t = useTranslations("errors.codes");
  return (failure: Pick<ActionFailure, "code" | "max" | "names" | "retryAfter"> | ErrorCode): string => {
    const { code, names, ...values } = typeof failure === "string" ? { code: failure, names: undefined } : failure;
    const sentence = t(code, messageValues(values));
    return names && names.length > 0 ? `${sentence} (${names.join(", ")})` : sentence;
  };
}
