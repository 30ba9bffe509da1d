/** Button looks shared by server and client components (a "use client" module cannot export plain values to the server). */
export const PRIMARY_BUTTON = "rounded-md bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong disabled:opacity-60";
export const SECONDARY_BUTTON = "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-panel disabled:opacity-60";
export const DANGER_BUTTON =
  "rounded-md border border-danger/40 bg-surface px-3 py-1.5 text-sm font-medium text-danger hover:bg-danger-soft disabled:opacity-60";
export const LINK_BUTTON = "inline-block rounded-md bg-accent px-4 py-2 font-medium text-on-accent no-underline hover:bg-accent-strong";
export const SECONDARY_LINK = "inline-block rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-accent no-underline hover:bg-panel";
