"use client";

import { useTranslations } from "next-intl";
import { controlNumber } from "@/lib/content/controls";
import { useAskedKeys } from "./asked-questions";
import { usePendingSelection } from "./pending-selection";

/**
 * On a phone the questions sit below the text: once a passage is selected, this bar offers a
 * one-tap way to the questions that take passages. It shows only while a selection is pending.
 */
export function SelectionBar({ targets }: Readonly<{ targets: ReadonlyArray<{ key: string; number: number; controls: boolean }> }>) {
  const t = useTranslations("passages");
  const words = useTranslations("discernment");
  const pending = usePendingSelection();
  const asked = new Set(useAskedKeys(targets.map((target) => target.key)));
  // A passage of a control excerpt goes to the technique exercise only.
  const control = pending[0] ? controlNumber(pending[0].block) : null;
  const shown = targets.filter((target) => asked.has(target.key) && (control === null || target.controls));
  if (pending.length === 0 || shown.length === 0) return null;
  return (
    <div
      role="region"
      aria-label={t("selectionBar")}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-paper/95 px-4 py-2 shadow-lg backdrop-blur lg:hidden"
    >
      <p className="text-sm">
        {control === null ? t("selectedParagraph", { number: Number(pending[0]!.block.slice(1)) }) : words("controlBlock", { number: control })}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        {shown.map((target) => (
          <a key={target.key} href={`#q-${target.key}`} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent no-underline">
            {t("goToQuestion", { number: target.number })}
          </a>
        ))}
      </div>
    </div>
  );
}
