import { splitSentences, spoken } from "./sentences";
import { voiceFor } from "./voices";

/**
 * Reading a text aloud with the browser's own speech synthesis, one sentence per utterance, so the
 * sentence being read is known (and highlighted) without relying on `boundary` events, which many
 * voices never send. Generic over what is read: a list of blocks, each with its text, its language
 * and whatever the page needs to show it (`element`): the article's French paragraphs today, an
 * English translation under each of them later. No React, no DOM beyond the synthesis interface.
 *
 * Pausing cancels and remembers the sentence: `speechSynthesis.pause()` is unreliable (Chrome on
 * Android ignores it, desktop voices go silent after a while), so resuming says the sentence again.
 */

export type ReadBlock<Element = unknown> = { blockId: string; text: string; lang: string; element: Element };

/** One sentence to say: its block and its offsets in the block's text (without surrounding spaces). */
export type ReadItem<Element = unknown> = { block: ReadBlock<Element>; start: number; end: number; text: string };

/** The sentences of the blocks, in reading order; those with nothing to say ("…", "—") are left out. */
export function readingQueue<Element>(blocks: readonly ReadBlock<Element>[]): ReadItem<Element>[] {
  return blocks.flatMap((block) =>
    splitSentences(block.text)
      .map((sentence) => spoken(block.text, sentence))
      .map(({ start, end }) => ({ block, start, end, text: block.text.slice(start, end) }))
      .filter((item) => /[\p{L}\p{N}]/u.test(item.text)),
  );
}

export const RATES = [0.75, 1, 1.25] as const;
export type Rate = (typeof RATES)[number];

export type PlayerStatus = "idle" | "playing" | "paused" | "ended" | "failed";
export type PlayerState = Readonly<{ status: PlayerStatus; index: number; rate: Rate }>;

type Synthesis = Pick<SpeechSynthesis, "speak" | "cancel" | "getVoices">;

export type PlayerOptions<Element> = {
  synthesis: Synthesis;
  items: readonly ReadItem<Element>[];
  /** Makes an utterance (the browser's constructor; a test's fake). */
  utterance?: (text: string) => SpeechSynthesisUtterance;
  /** The state changed (for the controls). */
  onChange: (state: PlayerState) => void;
  /** This sentence is being read now, or none (stopped, finished). */
  onSentence: (item: ReadItem<Element> | null) => void;
};

export type Player = {
  state: () => PlayerState;
  /** Reads from this sentence (by default the current one, or the first once finished). */
  play: (from?: number) => void;
  /** Reads from the first sentence of this block. */
  playFrom: (blockId: string) => void;
  pause: () => void;
  toggle: () => void;
  setRate: (rate: Rate) => void;
  /** Stops for good and clears the highlight. */
  stop: () => void;
};

export function createPlayer<Element>({
  synthesis,
  items,
  utterance = (text) => new SpeechSynthesisUtterance(text),
  onChange,
  onSentence,
}: PlayerOptions<Element>): Player {
  let state: PlayerState = { status: "idle", index: 0, rate: 1 };
  // Each speak or stop starts a new turn: events of an utterance cancelled since are ignored.
  let turn = 0;

  const set = (next: Partial<PlayerState>) => {
    state = { ...state, ...next };
    onChange(state);
  };

  function speak(index: number) {
    turn += 1;
    const mine = turn;
    synthesis.cancel();
    const item = items[index];
    if (!item) {
      set({ status: "ended", index: 0 });
      onSentence(null);
      return;
    }
    const said = utterance(item.text);
    said.lang = item.block.lang;
    said.voice = voiceFor(synthesis.getVoices(), item.block.lang) ?? null;
    said.rate = state.rate;
    said.onend = () => {
      if (mine === turn) speak(index + 1);
    };
    said.onerror = (event) => {
      // A cancel (pause, a new sentence) reports "interrupted" or "canceled": not a failure.
      if (mine !== turn || event.error === "interrupted" || event.error === "canceled") return;
      turn += 1;
      set({ status: "failed" });
    };
    set({ status: "playing", index });
    onSentence(item);
    synthesis.speak(said);
  }

  const pause = () => {
    if (state.status !== "playing") return;
    turn += 1;
    synthesis.cancel();
    set({ status: "paused" });
  };

  const play = (from?: number) => speak(from ?? (state.status === "ended" ? 0 : state.index));

  return {
    state: () => state,
    play,
    playFrom: (blockId) => {
      const index = items.findIndex((item) => item.block.blockId === blockId);
      if (index >= 0) play(index);
    },
    pause,
    toggle: () => (state.status === "playing" ? pause() : play()),
    setRate: (rate) => {
      set({ rate });
      if (state.status === "playing") speak(state.index);
    },
    stop: () => {
      turn += 1;
      synthesis.cancel();
      set({ status: "idle", index: 0 });
      onSentence(null);
    },
  };
}
