import type { ReactNode } from "react";

const TONES = {
  neutral: "border-line bg-panel text-muted",
  ok: "border-ok/30 bg-ok-soft text-ok",
  warn: "border-warn/30 bg-warn-soft text-warn",
  danger: "border-danger/30 bg-danger-soft text-danger",
  info: "border-accent/30 bg-accent-soft text-accent-strong",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", title, children }: Readonly<{ tone?: BadgeTone; title?: string; children: ReactNode }>) {
  return (
    <span title={title} className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[tone]}`}>
      {children}
    </span>
  );
}
