/**
 * The feedback's adapter to the draft engine (./engine.ts): a teacher's comment and score beside
 * one student's answer, saved by POST /api/review/feedback with the answers' revision rule. Kept
 * in this browser per answer until the server confirms it, retried, never overwriting a newer
 * draft from another tab. Nothing here opens anything: the answer exists, and so does the session.
 */

import type { AppLocale } from "@/lib/config";
import type { SaveFeedbackInput } from "@/lib/review/schemas";
import { DraftEngine, LOCAL_KEY_PREFIX, type DraftAdapter, type EngineOptions, type SyncerDeps } from "./engine";

export const feedbackDraftKey = (answerId: string) => `${LOCAL_KEY_PREFIX}feedback:${answerId}`;

export type FeedbackSyncerOptions = EngineOptions & { answerId: string; locale: AppLocale };

function feedbackAdapter({ answerId, locale }: FeedbackSyncerOptions, deps: SyncerDeps): DraftAdapter {
  return {
    draftKey: feedbackDraftKey(answerId),
    send: (save, options) => {
      // The engine's values are JSON; the endpoint's schema checks this one is a comment and a score.
      const request = { answerId, value: save.value, baseRevision: save.baseRevision, saveId: save.saveId, locale } as SaveFeedbackInput;
      return deps.post(JSON.stringify(request), options);
    },
    sendsUnattended: () => true,
  };
}

/** One answer's feedback autosave: the draft engine with the feedback's adapter. */
export class FeedbackSyncer extends DraftEngine {
  constructor(options: FeedbackSyncerOptions, deps: SyncerDeps) {
    super(feedbackAdapter(options, deps), options, deps);
  }
}
