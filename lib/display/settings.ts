/**
 * A learner's display settings: text size, line spacing, letter and word spacing, and the theme.
 * Kept in this browser only (localStorage), never on the server: the reader stays the same page
 * for everyone, and the settings are attributes on <html> that app/globals.css keys its custom
 * properties on. No special "dyslexia font": wider letter and word spacing helps such readers, a
 * font does not. Client-safe: the control (components/display) and the inline head script
 * (DISPLAY_SCRIPT, allowed by its hash in lib/http/security-headers.ts) both use it.
 */

/**
 * Each setting, the <html> attribute that carries it and its allowed values, the default first;
 * `panel`: set in the "Display" panel (components/display), or by a control of its own (the
 * reader's text view beside its translation: components/reader/text-view-switch.tsx, whose
 * default "auto" leaves the page's language to choose: lib/reader/text-view.ts).
 */
export const DISPLAY_SETTINGS = {
  theme: { attribute: "data-theme", values: ["system", "light", "dark", "contrast"], panel: true },
  textSize: { attribute: "data-text-size", values: ["normal", "large", "larger", "largest"], panel: true },
  lineSpacing: { attribute: "data-line-spacing", values: ["normal", "wide", "wider"], panel: true },
  spacing: { attribute: "data-spacing", values: ["normal", "wide", "wider"], panel: true },
  textView: { attribute: "data-text-view", values: ["auto", "original", "under", "beside"], panel: false },
} as const;

export type DisplaySetting = keyof typeof DISPLAY_SETTINGS;
export type DisplaySettings = { [K in DisplaySetting]: (typeof DISPLAY_SETTINGS)[K]["values"][number] };

export const DISPLAY_SETTING_NAMES = Object.keys(DISPLAY_SETTINGS) as DisplaySetting[];

/** The settings of the "Display" panel. */
export type PanelSetting = { [K in DisplaySetting]: (typeof DISPLAY_SETTINGS)[K]["panel"] extends true ? K : never }[DisplaySetting];
export const PANEL_SETTING_NAMES = DISPLAY_SETTING_NAMES.filter((name): name is PanelSetting => DISPLAY_SETTINGS[name].panel);

/** The browser's storage key: one JSON object of the settings that differ from the defaults. */
export const DISPLAY_STORAGE_KEY = "recits-display";

export const DEFAULT_DISPLAY = Object.fromEntries(DISPLAY_SETTING_NAMES.map((name) => [name, DISPLAY_SETTINGS[name].values[0]])) as DisplaySettings;

function isAllowed<K extends DisplaySetting>(name: K, value: unknown): value is DisplaySettings[K] {
  return (DISPLAY_SETTINGS[name].values as readonly unknown[]).includes(value);
}

/** Settings from anything (stored JSON, a hand-edited value): each unknown or missing one is its default. */
export function parseDisplaySettings(raw: string | null | undefined): DisplaySettings {
  let stored: unknown;
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    stored = {};
  }
  const record = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_DISPLAY };
  for (const name of DISPLAY_SETTING_NAMES) {
    const value = record[name];
    if (isAllowed(name, value)) (settings as Record<DisplaySetting, string>)[name] = value;
  }
  return settings;
}

/** What is stored: only the settings that differ from the defaults; null when none does. */
export function serializeDisplaySettings(settings: DisplaySettings): string | null {
  const changed = DISPLAY_SETTING_NAMES.filter((name) => settings[name] !== DEFAULT_DISPLAY[name]);
  return changed.length === 0 ? null : JSON.stringify(Object.fromEntries(changed.map((name) => [name, settings[name]])));
}

/** The settings that <html> carries now (as the head script or the control set them). */
export function readDisplayAttributes(root: Pick<Element, "getAttribute">): DisplaySettings {
  return parseDisplaySettings(
    JSON.stringify(Object.fromEntries(DISPLAY_SETTING_NAMES.map((name) => [name, root.getAttribute(DISPLAY_SETTINGS[name].attribute)]))),
  );
}

/** Puts the settings on <html>: a default is no attribute at all (the theme then follows the system). */
export function applyDisplayAttributes(root: Pick<Element, "setAttribute" | "removeAttribute">, settings: DisplaySettings): void {
  for (const name of DISPLAY_SETTING_NAMES) {
    const { attribute } = DISPLAY_SETTINGS[name];
    if (settings[name] === DEFAULT_DISPLAY[name]) root.removeAttribute(attribute);
    else root.setAttribute(attribute, settings[name]);
  }
}

/**
 * The inline script in the root layout's <head>: it runs before the first paint and sets the
 * stored settings' attributes on <html>, so a page never shows in the defaults and then jumps. The
 * same rule as parseDisplaySettings (a value not allowed, or the default, sets nothing), written
 * out as plain ES5 text: its exact bytes are hashed into the pages' Content-Security-Policy, so it
 * must not depend on how a bundler prints a function. Storage refused (private mode, a policy)
 * leaves the defaults.
 */
export const DISPLAY_SCRIPT =
  `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(DISPLAY_STORAGE_KEY)})||"{}"),` +
  `o=${JSON.stringify(Object.fromEntries(DISPLAY_SETTING_NAMES.map((name) => [DISPLAY_SETTINGS[name].attribute, [name, ...DISPLAY_SETTINGS[name].values]])))},` +
  `d=document.documentElement,a,v;` +
  `for(a in o){v=s&&s[o[a][0]];if(typeof v==="string"&&o[a].indexOf(v)>1)d.setAttribute(a,v)}}catch(e){}})()`;

/** Applies the settings at once and remembers them in this browser (storage refused: this page only). */
export function saveDisplaySettings(settings: DisplaySettings, root: Element = document.documentElement): void {
  applyDisplayAttributes(root, settings);
  try {
    const stored = serializeDisplaySettings(settings);
    if (stored) localStorage.setItem(DISPLAY_STORAGE_KEY, stored);
    else localStorage.removeItem(DISPLAY_STORAGE_KEY);
  } catch {
    // Private browsing or a policy may refuse storage: the page still shows the choice.
  }
}
