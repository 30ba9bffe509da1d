"use client";

import { useEffect } from "react";
import { useRouter } from "@/i18n/navigation";

type Props = Readonly<{ bindings: ReadonlyArray<{ keys: readonly string[]; href: string | null }> }>;

/**
 * Keyboard shortcuts for links already on the page (previous/next answer, student): a key opens
 * the link's address, except while typing in a field, so a comment can hold any letter.
 */
export function KeyboardNav({ bindings }: Props) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const binding = bindings.find((candidate) => candidate.keys.includes(event.key));
      if (!binding?.href) return;
      event.preventDefault();
      router.push(binding.href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [bindings, router]);
  return null;
}
