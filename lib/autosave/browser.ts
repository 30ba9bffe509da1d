import type { SyncerDeps, TransportResult } from "./syncer";

/** The syncer's dependencies in a real browser: fetch to the answers endpoint, localStorage, timers. */
async function post(body: string, options: { keepalive: boolean }): Promise<TransportResult> {
  try {
    const response = await fetch("/api/answers", {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body,
      keepalive: options.keepalive,
    });
    const json: unknown = await response.json().catch(() => ({}));
    return { kind: "response", status: response.status, body: json && typeof json === "object" ? (json as Record<string, unknown>) : {} };
  } catch {
    return { kind: "network-error" };
  }
}

/** crypto.randomUUID exists only on https or localhost; a school server on plain http lacks it. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function browserDeps(): SyncerDeps {
  return {
    post,
    storage: window.localStorage,
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    isOnline: () => navigator.onLine,
    newId,
    now: () => new Date(),
  };
}
