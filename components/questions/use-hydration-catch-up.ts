"use client";

import { useEffect, type RefObject } from "react";
import type { Json } from "@/lib/autosave/engine";

/**
 * Answer fields are uncontrolled so that React's hydration leaves alone what a learner typed or
 * ticked before the page's JavaScript arrived (a slow laptop). Once mounted, this reads the field's
 * state from the DOM and, if it differs from what the server rendered, records it as an edit.
 */
export function useHydrationCatchUp<E extends HTMLElement>(ref: RefObject<E | null>, read: (element: E) => Json, rendered: Json, edit: (value: Json) => void) {
  useEffect(() => {
    if (!ref.current) return;
    const seen = read(ref.current);
    if (JSON.stringify(seen) !== JSON.stringify(rendered)) edit(seen);
    // Once, on mount: later changes arrive through the fields' own events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
