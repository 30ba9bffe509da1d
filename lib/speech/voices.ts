/**
 * The browser's voices for a language. Voices arrive asynchronously (an empty list at first, then a
 * `voiceschanged` event), so callers ask again when it fires. Only the fields read here, so tests
 * can pass plain objects.
 */

export type VoiceLike = Pick<SpeechSynthesisVoice, "lang" | "localService" | "default">;

/** "fr", "fr-FR", "fr_CA" all speak French. */
const speaks = (voice: VoiceLike, lang: string) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === lang.toLowerCase().split("-")[0];

/**
 * The best voice for a language: one on the device first (a network voice, such as Chrome's Google
 * voices, may stop mid-way through a long sentence), then its own region (fr-FR for fr), then the default.
 */
export function voiceFor<Voice extends VoiceLike>(voices: readonly Voice[], lang: string): Voice | undefined {
  const candidates = voices.filter((voice) => speaks(voice, lang));
  const main = `${lang.split("-")[0]}-${lang.split("-")[0]}`.toLowerCase();
  const score = (voice: Voice) => (voice.localService ? 4 : 0) + (voice.lang.toLowerCase().replace("_", "-") === main ? 2 : 0) + (voice.default ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}
