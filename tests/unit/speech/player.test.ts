import { describe, expect, it } from "vitest";
import { createPlayer, readingQueue, type PlayerState, type ReadBlock, type ReadItem } from "@/lib/speech/player";
import { voiceFor } from "@/lib/speech/voices";

/** A stand-in for the browser's speech synthesis: it records what is said and lets the test end or cancel it. */
class FakeUtterance {
  lang = "";
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function fakeSynthesis(voices = [{ lang: "fr-FR", localService: true, default: false, name: "Amélie" }]) {
  const spoken: FakeUtterance[] = [];
  let current: FakeUtterance | null = null;
  return {
    spoken,
    synthesis: {
      getVoices: () => voices as unknown as SpeechSynthesisVoice[],
      speak: (utterance: SpeechSynthesisUtterance) => {
        current = utterance as unknown as FakeUtterance;
        spoken.push(current);
      },
      cancel: () => {
        const cancelled = current;
        current = null;
        cancelled?.onerror?.({ error: "interrupted" });
      },
    },
    /** The current utterance finishes. */
    finish: () => {
      const finished = current;
      current = null;
      finished?.onend?.();
    },
    fail: () => current?.onerror?.({ error: "synthesis-failed" }),
  };
}

const blocks: ReadBlock<string>[] = [
  { blockId: "p1", text: "M. Dupont est venu. Il est reparti…  ", lang: "fr", element: "first" },
  { blockId: "p2", text: "…", lang: "fr", element: "dots" },
  { blockId: "p3", text: "Fin du texte ?! Oui.", lang: "fr", element: "last" },
];

function setUp() {
  const fake = fakeSynthesis();
  const states: PlayerState[] = [];
  const sentences: (ReadItem<string> | null)[] = [];
  const player = createPlayer({
    synthesis: fake.synthesis,
    items: readingQueue(blocks),
    utterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
    onChange: (state) => states.push(state),
    onSentence: (item) => sentences.push(item),
  });
  return { fake, player, states, sentences };
}

describe("readingQueue", () => {
  it("gives each block's sentences with their offsets and language, leaving out what has nothing to say", () => {
    const queue = readingQueue(blocks);
    expect(queue.map((item) => [item.block.blockId, item.text, item.start, item.end])).toEqual([
      ["p1", "M. Dupont est venu.", 0, 19],
      ["p1", "Il est reparti…", 20, 35],
      ["p3", "Fin du texte ?!", 0, 15],
      ["p3", "Oui.", 16, 20],
    ]);
    expect(queue.every((item) => blocks[0]!.text.length > 0 && item.block.text.slice(item.start, item.end) === item.text)).toBe(true);
  });

  it("keeps each block's language (an English translation under a paragraph would be read in English)", () => {
    const queue = readingQueue([...blocks.slice(0, 1), { blockId: "p1-en", text: "Mr. Dupont came.", lang: "en", element: "en" }]);
    expect(queue.map((item) => item.block.lang)).toEqual(["fr", "fr", "en"]);
  });
});

describe("voiceFor", () => {
  const voices = [
    { lang: "en-US", localService: true, default: true },
    { lang: "fr-CA", localService: true, default: false },
    { lang: "fr-FR", localService: false, default: false },
  ];
  it("prefers a voice on the device, then the language's own region, and finds none for a language no voice speaks", () => {
    expect(voiceFor(voices, "fr")?.lang).toBe("fr-CA");
    expect(voiceFor([...voices, { lang: "fr-FR", localService: true, default: false }], "fr")).toEqual({ lang: "fr-FR", localService: true, default: false });
    expect(voiceFor(voices.slice(2), "fr")?.lang).toBe("fr-FR");
    expect(voiceFor([{ lang: "fr_BE", localService: false, default: false }], "fr-FR")?.lang).toBe("fr_BE");
    expect(voiceFor(voices, "de")).toBeUndefined();
    expect(voiceFor([], "fr")).toBeUndefined();
  });
});

describe("createPlayer", () => {
  it("reads sentence after sentence in French, at the chosen speed, and says when it is done", () => {
    const { fake, player, sentences, states } = setUp();
    player.play();
    expect(fake.spoken.at(-1)).toMatchObject({ text: "M. Dupont est venu.", lang: "fr", rate: 1 });
    expect((fake.spoken.at(-1)!.voice as { name: string }).name).toBe("Amélie");
    fake.finish();
    player.setRate(0.75);
    expect(fake.spoken.at(-1)).toMatchObject({ text: "Il est reparti…", rate: 0.75 });
    fake.finish();
    fake.finish();
    fake.finish();
    expect(sentences.map((item) => item?.text ?? null)).toEqual(["M. Dupont est venu.", "Il est reparti…", "Il est reparti…", "Fin du texte ?!", "Oui.", null]);
    expect(states.at(-1)).toEqual({ status: "ended", index: 0, rate: 0.75 });
  });

  it("pauses on the sentence being read, ignores the cancelled utterance's events, and resumes there", () => {
    const { fake, player } = setUp();
    player.play();
    fake.finish();
    const cancelled = fake.spoken.at(-1)!;
    player.toggle();
    expect(player.state()).toMatchObject({ status: "paused", index: 1 });
    cancelled.onend?.(); // a late event of the cancelled utterance moves nothing
    expect(player.state()).toMatchObject({ status: "paused", index: 1 });
    expect(fake.spoken).toHaveLength(2);
    player.toggle();
    expect(fake.spoken.at(-1)!.text).toBe("Il est reparti…");
    expect(player.state().status).toBe("playing");
  });

  it("reads from a chosen block, and stops clearing the highlight", () => {
    const { fake, player, sentences } = setUp();
    player.playFrom("p3");
    expect(fake.spoken.at(-1)!.text).toBe("Fin du texte ?!");
    player.playFrom("nowhere");
    expect(fake.spoken).toHaveLength(1);
    player.stop();
    expect(sentences.at(-1)).toBeNull();
    expect(player.state().status).toBe("idle");
  });

  it("says so when the browser fails to read a sentence", () => {
    const { fake, player } = setUp();
    player.play();
    fake.fail();
    expect(player.state().status).toBe("failed");
    fake.finish();
    expect(fake.spoken).toHaveLength(1);
  });
});
