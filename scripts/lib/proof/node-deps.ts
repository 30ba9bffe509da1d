import { randomUUID } from "node:crypto";
import type { SyncerDeps, TransportResult } from "@/lib/autosave/engine";

/**
 * The autosave engine's dependencies in Node, as lib/autosave/browser.ts builds them in a browser:
 * fetch to the answers endpoint with this learner's cookies, an in-memory local storage, real
 * timers. The network can be cut: requests then fail as a browser's do offline, and those in
 * flight are aborted (their save may or may not have reached the server, as on a real network).
 */

/** A browser's cookie jar for one site, enough for better-auth's cookies (no paths, no domains). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  take(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(attribute));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** What a 2xx acknowledged: the body that was sent and what the server answered. */
export type Acknowledgement = { sent: Record<string, unknown>; answer: Record<string, unknown> };

export class LearnerNetwork {
  readonly jar = new CookieJar();
  /** Requests by outcome ("200", "500", "network error"), for the report. */
  readonly outcomes = new Map<string, number>();
  private offline = false;
  private readonly inFlight = new Set<AbortController>();

  constructor(
    private readonly base: string,
    private readonly onAcknowledged: (ack: Acknowledgement) => void,
  ) {}

  get isOffline(): boolean {
    return this.offline;
  }

  cut(): void {
    this.offline = true;
    this.inFlight.forEach((controller) => controller.abort());
  }

  restore(): void {
    this.offline = false;
  }

  deps(storage: Map<string, string>): SyncerDeps {
    return {
      post: (body) => this.post(body),
      storage: {
        getItem: (key) => storage.get(key) ?? null,
        setItem: (key, value) => void storage.set(key, value),
        removeItem: (key) => void storage.delete(key),
      },
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
      isOnline: () => !this.offline,
      newId: () => randomUUID(),
      now: () => new Date(),
    };
  }

  private async post(body: string): Promise<TransportResult> {
    const result = await this.send(body);
    const outcome = result.kind === "response" ? String(result.status) : "network error";
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    return result;
  }

  private async send(body: string): Promise<TransportResult> {
    if (this.offline) return { kind: "network-error" };
    const controller = new AbortController();
    this.inFlight.add(controller);
    try {
      const response = await fetch(`${this.base}/api/answers`, {
        method: "POST",
        // What a browser sends with the page's same-origin fetch.
        headers: { "content-type": "application/json", origin: this.base, "sec-fetch-site": "same-origin", cookie: this.jar.header() },
        body,
        signal: controller.signal,
      });
      this.jar.take(response.headers.getSetCookie());
      const json: unknown = await response.json().catch(() => ({}));
      const answer = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
      if (response.ok && answer.ok === true) this.onAcknowledged({ sent: JSON.parse(body) as Record<string, unknown>, answer });
      return { kind: "response", status: response.status, body: answer };
    } catch {
      return { kind: "network-error" };
    } finally {
      this.inFlight.delete(controller);
    }
  }
}
