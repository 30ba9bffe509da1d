"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { blocksIn, paragraphOf, showReading } from "@/lib/speech/page";
import { createPlayer, RATES, readingQueue, type PlayerState, type ReadBlock } from "@/lib/speech/player";

/** The number a block's paragraph shows in the margin (its link's text), else its id. */
const paragraphNumber = (block: ReadBlock<HTMLElement>) => paragraphOf(block.element).querySelector(":scope > a")?.textContent?.trim() || block.blockId;

/**
 * The read-aloud controls, loaded on the first "Listen": play/pause, speed, close, and a "read from
 * here" button in the margin of each paragraph. Reading starts at once; Escape pauses wherever
 * the focus is. The sentence being read is painted on the text (lib/speech/page.ts).
 */
export default function ReadAloudPlayer({ root, onClose }: Readonly<{ root: string; onClose: () => void }>) {
  const t = useTranslations("readAloud");
  const [state, setState] = useState<PlayerState>({ status: "idle", index: 0, rate: 1 });
  const toggle = useRef<HTMLButtonElement>(null);

  const { blocks, items, player } = useMemo(() => {
    const element = document.getElementById(root);
    const blocks = element ? blocksIn(element) : [];
    const items = readingQueue(blocks);
    const player = createPlayer({ synthesis: window.speechSynthesis, items, onChange: setState, onSentence: showReading });
    return { blocks, items, player };
  }, [root]);

  useEffect(() => {
    toggle.current?.focus();
    player.play();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && player.state().status === "playing") player.pause();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      player.stop();
    };
  }, [player]);

  const playing = state.status === "playing";
  const current = items[state.index]?.block;
  const number = current ? paragraphNumber(current) : "";
  // "idle" lasts until the first sentence starts, at once: nothing to say.
  const status = state.status === "idle" ? "" : state.status === "playing" || state.status === "paused" ? t(state.status, { number }) : t(state.status);
  // One "read from here" per numbered paragraph: its first block.
  const starts = blocks.filter((block, index) => index === 0 || paragraphOf(block.element) !== paragraphOf(blocks[index - 1]!.element));

  return (
    <section aria-label={t("player")} className="card flex flex-wrap items-center gap-x-4 gap-y-2 p-3">
      <button ref={toggle} type="button" onClick={player.toggle} className="speech-button min-w-28" data-status={state.status}>
        <span aria-hidden="true">{playing ? "❚❚" : "▶"}</span>
        {playing ? t("pause") : state.status === "paused" || state.status === "failed" ? t("resume") : t("play")}
      </button>
      <div role="group" aria-label={t("speed")} className="flex items-center gap-1">
        <span aria-hidden="true" className="mr-1 text-sm text-muted">
          {t("speed")}
        </span>
        {RATES.map((rate) => (
          <button
            key={rate}
            type="button"
            aria-pressed={state.rate === rate}
            aria-label={t("rateLabel", { rate })}
            onClick={() => player.setRate(rate)}
            className="speech-rate"
          >
            {t("rate", { rate })}
          </button>
        ))}
      </div>
      <button type="button" onClick={onClose} className="text-sm text-accent underline underline-offset-4">
        {t("close")}
      </button>
      <p role="status" className="w-full text-sm text-muted">
        {status}
      </p>
      {starts.map((block) =>
        createPortal(
          <button
            type="button"
            className="read-from"
            aria-label={t("readFrom", { number: paragraphNumber(block) })}
            onClick={() => player.playFrom(block.blockId)}
          >
            <span aria-hidden="true">▶</span>
          </button>,
          paragraphOf(block.element),
          block.blockId,
        ),
      )}
    </section>
  );
}
