"use client";

import { useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import {
  DEFAULT_DISPLAY,
  DISPLAY_SETTINGS,
  PANEL_SETTING_NAMES,
  readDisplayAttributes,
  saveDisplaySettings,
  type DisplaySettings,
  type PanelSetting,
} from "@/lib/display/settings";

export type DisplayLabels = {
  button: string;
  title: string;
  note: string;
  reset: string;
  legends: Record<PanelSetting, string>;
  values: { [K in PanelSetting]: Record<DisplaySettings[K], string> };
};

// The settings live on <html> (the head script put the stored ones there before the first paint).
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => JSON.stringify(readDisplayAttributes(document.documentElement));
const defaults = () => JSON.stringify(DEFAULT_DISPLAY);

function save(settings: DisplaySettings) {
  saveDisplaySettings(settings);
  for (const listener of listeners) listener();
}

/**
 * The reader's "Display" button: a native disclosure holding one radio group per setting, each
 * applied at once (CSS custom properties keyed on <html>'s attributes), and a reset. Escape closes it.
 */
export function DisplayControl({ labels }: Readonly<{ labels: DisplayLabels }>) {
  const settings = JSON.parse(useSyncExternalStore(subscribe, current, defaults)) as DisplaySettings;
  const details = useRef<HTMLDetailsElement>(null);
  const close = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  };
  return (
    <details ref={details} onKeyDown={close} className="relative print:hidden" data-display-control>
      <summary className={`${SECONDARY_BUTTON} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>{labels.button}</summary>
      <div
        role="group"
        aria-label={labels.title}
        className="absolute right-0 z-30 mt-2 w-[min(22rem,calc(100vw-2rem))] space-y-3 rounded-lg border border-line bg-surface p-4 text-sm shadow-lg"
      >
        {PANEL_SETTING_NAMES.map((name) => (
          <fieldset key={name}>
            <legend className="mb-1 font-medium">{labels.legends[name]}</legend>
            <div className="flex flex-wrap gap-1.5">
              {DISPLAY_SETTINGS[name].values.map((value) => (
                <label key={value} className="scale-step">
                  <input
                    type="radio"
                    name={`display-${name}`}
                    value={value}
                    checked={settings[name] === value}
                    onChange={() => save({ ...settings, [name]: value })}
                  />
                  <span className="px-2 font-medium">{(labels.values[name] as Record<string, string>)[value]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className="text-muted">{labels.note}</p>
        <button
          type="button"
          onClick={() => save({ ...settings, ...Object.fromEntries(PANEL_SETTING_NAMES.map((name) => [name, DEFAULT_DISPLAY[name]])) })}
          className={SECONDARY_BUTTON}
        >
          {labels.reset}
        </button>
      </div>
    </details>
  );
}
