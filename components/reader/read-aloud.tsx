"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { voiceFor } from "@/lib/speech/voices";

/** The player and the speech code load on the first click only: the reader's first load stays as it was. */
const ReadAloudPlayer = lazy(() => import("./read-aloud-player"));

/** How long to wait for the browser's voices (they load asynchronously) before saying there is no French one. */
const VOICES_WAIT_MS = 2500;

type Voices = "unknown" | "none" | "french";

/** Set once the wait is over: an empty list of voices then means none. */
let waited = false;

function subscribe(notify: () => void): () => void {
  if (!("speechSynthesis" in window)) return () => undefined;
  window.speechSynthesis.addEventListener("voiceschanged", notify);
  const timer = setTimeout(() => {
    waited = true;
    notify();
  }, VOICES_WAIT_MS);
  return () => {
    window.speechSynthesis.removeEventListener("voiceschanged", notify);
    clearTimeout(timer);
  };
}

function frenchVoice(): Voices {
  if (!("speechSynthesis" in window)) return "none";
  const voices = window.speechSynthesis.getVoices();
  if (voiceFor(voices, "fr")) return "french";
  return voices.length > 0 || waited ? "none" : "unknown";
}

/** Whether the browser can speak French: asked again each time its list of voices changes. */
const useFrenchVoice = () => useSyncExternalStore(subscribe, frenchVoice, () => "unknown" as const);

/**
 * "Listen to the text", above the article's text: reads it aloud with the browser's own French
 * voice (no service). Where the browser has none, a short note says so instead. `root` is the id
 * of the element whose data-text blocks are read.
 */
export function ReadAloud({ root }: Readonly<{ root: string }>) {
  const t = useTranslations("readAloud");
  const voices = useFrenchVoice();
  const [open, setOpen] = useState(false);
  const listen = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Closing the player gives the focus back to the button that opened it.
  useEffect(() => {
    if (!open && wasOpen.current) listen.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="mb-6 min-h-10" data-read-aloud={voices}>
      {voices === "none" && <p className="text-sm text-muted">{t("noVoice")}</p>}
      {voices === "french" && !open && (
        <button ref={listen} type="button" onClick={() => setOpen(true)} className="speech-button">
          <span aria-hidden="true">▶</span>
          {t("listen")}
        </button>
      )}
      {voices === "french" && open && (
        <Suspense fallback={<p className="text-sm text-muted">{t("loading")}</p>}>
          <ReadAloudPlayer root={root} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
