"use client";

import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { LearnerState } from "@/lib/attempts/state";
import { fetchLearnerState } from "@/lib/autosave/browser";
import type { AnswerSyncer, AttemptBox, SaveTarget } from "@/lib/autosave/answers";
import { SEVERITY, type SyncState } from "@/lib/autosave/engine";

/** The page's answers at a glance: not yet on the server, at risk, and the most urgent state (with how many share it). */
export type SyncSummaryData = { unsent: number; atRisk: number; worst: SyncState | null; count: number };

/**
 * One per reader page: holds the attempt every answer saves into, and knows every answer's syncer,
 * so the page can show one overall status and warn before leaving with work at risk.
 */
class SyncRegistry {
  private readonly syncers = new Set<AnswerSyncer>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  add(syncer: AnswerSyncer) {
    this.syncers.add(syncer);
    this.changed();
  }
  remove(syncer: AnswerSyncer) {
    this.syncers.delete(syncer);
    this.changed();
  }
  changed = () => {
    this.version += 1;
    this.listeners.forEach((listener) => listener());
  };
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getVersion = () => this.version;
  /** How many answers are not on the server, and the most urgent state among them (lib/autosave/engine.ts SEVERITY). */
  summary(): SyncSummaryData {
    let unsent = 0;
    let atRisk = 0;
    let worst: SyncState | null = null;
    const rank = (state: SyncState) => SEVERITY.indexOf(state.kind);
    for (const syncer of this.syncers) {
      const { state } = syncer.current;
      if (syncer.hasUnsent()) unsent += 1;
      if (syncer.atRisk()) atRisk += 1;
      if (rank(state) >= 0 && (worst === null || rank(state) < rank(worst))) worst = state;
    }
    return { unsent, atRisk, worst, count: worst ? [...this.syncers].filter((syncer) => syncer.current.state.kind === worst!.kind).length : 0 };
  }
  /** Current answers by question key, for widgets that show one answer beside another. */
  values(): Map<string, unknown> {
    return new Map([...this.syncers].map((syncer) => [syncer.question, syncer.current.value]));
  }
  flushAll(when: "now" | "hidden" | "leaving") {
    this.syncers.forEach((syncer) => syncer.flush(when));
  }
}

const subscribeNever = () => () => {};

/** ?assignment=<id> in the page's address (the static page cannot know it on the server). */
function assignmentInAddress(): string | undefined {
  if (typeof window === "undefined") return undefined;
  return new URLSearchParams(window.location.search).get("assignment") || undefined;
}

type Session = {
  target: SaveTarget;
  attempt: AttemptBox;
  registry: SyncRegistry;
  /** The learner's own work, fetched once the page (the same for everyone) has loaded; null until then. */
  learner: LearnerState | null;
};
const SessionContext = createContext<Session | null>(null);

export function useAnswerSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("Answer editors must sit inside <AnswerSession>");
  return session;
}

/** Re-renders on every answer change; returns the current answers by question key. */
export function useAnswerValues(): Map<string, unknown> {
  const { registry } = useAnswerSession();
  useSyncExternalStore(registry.subscribe, registry.getVersion, () => 0);
  return registry.values();
}

export function useSyncSummary() {
  const { registry } = useAnswerSession();
  useSyncExternalStore(registry.subscribe, registry.getVersion, () => 0);
  return registry.summary();
}

/**
 * The answers of one page. The page is static; the learner's own answers arrive from
 * GET /api/attempts/current, and each editor starts saving once they have (see useAnswerSync).
 */
export function AnswerSession({ target, children }: Readonly<{ target: SaveTarget; children: ReactNode }>) {
  // The page is the same for every visitor; the assignment the learner works for is in its address.
  // Read at the first render (before any text typed early is kept, so drafts go to the right place)
  // and checked again once committed: in the app's own navigation, the new page renders before the
  // address changes, and useSyncExternalStore re-renders when it finds it changed.
  const [firstRead] = useState(assignmentInAddress);
  const assignment = useSyncExternalStore(subscribeNever, assignmentInAddress, () => firstRead);
  const targetKey = JSON.stringify(assignment ? { ...target, assignment } : target);
  const base = useMemo(() => ({ target: JSON.parse(targetKey) as SaveTarget, attempt: {} as AttemptBox, registry: new SyncRegistry() }), [targetKey]);
  // The state fetched for this target only: a target that changed starts from nothing again.
  const [fetched, setFetched] = useState<{ base: typeof base; state: LearnerState } | null>(null);
  const learner = fetched?.base === base ? fetched.state : null;
  const session = useMemo<Session>(() => ({ ...base, learner }), [base, learner]);

  useEffect(() => {
    const controller = new AbortController();
    void fetchLearnerState(base.target, controller.signal).then((state) => {
      if (!state) return;
      base.attempt.id ??= state.attempt?.id;
      base.attempt.account = state.account;
      setFetched({ base, state });
    });
    return () => controller.abort();
  }, [base]);

  useEffect(() => {
    if (!learner) return;
    const { registry } = base;
    const onHidden = () => document.visibilityState === "hidden" && registry.flushAll("hidden");
    const onPageHide = () => registry.flushAll("leaving");
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      registry.flushAll("leaving");
      if (registry.summary().atRisk > 0) event.preventDefault();
    };
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    // Effects run children first: once the learner's answers are in, every answer's syncer is
    // listening by now. Tests wait for this.
    document.documentElement.dataset.answers = "ready";
    return () => {
      delete document.documentElement.dataset.answers;
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [base, learner]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
