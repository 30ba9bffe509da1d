import { EMPTY_LEARNER_STATE, type LearnerState } from "@/lib/attempts/state";
import type { SaveTarget } from "./answers";
import type { SyncerDeps, TransportResult } from "./engine";

/** A save's POST to its endpoint (the answers', or a teacher's feedback). */
async function post(endpoint: string, body: string, options: { keepalive: boolean }): Promise<TransportResult> {
  try {
    const response = await fetch(endpoint, {
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

/** The syncer's dependencies in a real browser: fetch to the save endpoint, localStorage, timers. */
export function browserDeps(endpoint = "/api/answers"): SyncerDeps {
  return {
    post: (body, options) => post(endpoint, body, options),
    storage: window.localStorage,
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    isOnline: () => navigator.onLine,
    newId,
    now: () => new Date(),
  };
}

const STATE_RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (window.clearTimeout(timer), resolve()), { once: true });
  });

/**
 * The learner's own work on a page's exercise, from GET /api/attempts/current. Retries with backoff
 * while the server is unreachable; null only when the page goes away first. A refusal (4xx) means
 * there is nothing of theirs to show, so the empty state lets them start; for an assignment that
 * is not theirs, the state says it is unavailable, and why.
 */
export async function fetchLearnerState(target: SaveTarget, signal: AbortSignal): Promise<LearnerState | null> {
  const query = new URLSearchParams("article" in target ? { article: target.article } : { exercise: target.exercise });
  if (target.assignment) query.set("assignment", target.assignment);
  for (let tries = 0; !signal.aborted; tries += 1) {
    try {
      const response = await fetch(`/api/attempts/current?${query.toString()}`, { credentials: "same-origin", cache: "no-store", signal });
      if (response.ok) return (await response.json()) as LearnerState;
      // An assignment that is not theirs, or that needs them signed in (again): nothing may be
      // saved, and the page says why.
      if (target.assignment && (response.status === 404 || response.status === 401)) {
        const body = (await response.json().catch(() => ({}))) as { message?: unknown };
        const message = typeof body.message === "string" ? body.message : "ASSIGNMENT_NOT_FOUND";
        return { ...EMPTY_LEARNER_STATE, unavailable: message, ...(response.status === 401 ? { signedOut: true } : {}) };
      }
      if (response.status < 500 && response.status !== 429) return EMPTY_LEARNER_STATE;
    } catch {
      // Offline or aborted: try again below, unless the page is gone.
    }
    await pause(STATE_RETRY_MS[Math.min(tries, STATE_RETRY_MS.length - 1)]!, signal);
  }
  return null;
}
