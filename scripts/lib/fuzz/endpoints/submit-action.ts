import fc from "fast-check";
import { actionAttacks, actionCall, actionPayloadProblems, actionRefused, type ActionTarget } from "../action-call";
import { edgeString } from "../arbitraries";
import type { FuzzContext } from "../context";
import type { Endpoint } from "../endpoint";

/** The submit server action (lib/attempts/actions.ts), called from the reader as its button calls it. */

const target = (ctx: FuzzContext, cookie = ctx.me.cookie): ActionTarget => ({ actionId: ctx.actionIds.submitAttemptAction!, page: ctx.actionPage, cookie });

export const submitActionEndpoint: Endpoint = {
  name: "submitAttemptAction (server action)",
  owner: "app",
  runs: 1_200,
  writes: ["User", "Session", "Attempt", "Answer"],
  valid: (ctx) =>
    actionCall(target(ctx, ctx.other.cookie), {
      body: JSON.stringify([{ locale: "fr", attemptId: ctx.other.attemptId }]),
      label: "a learner submits their attempt",
    }),
  // Refused arguments only: another learner's attempt with my session, or mine with a bad locale.
  invalid: (ctx) =>
    fc.oneof(
      actionAttacks(target(ctx), { locale: "fr", attemptId: ctx.other.attemptId }),
      edgeString
        .filter((locale) => locale !== "fr" && locale !== "en")
        .map((locale) =>
          actionCall(target(ctx), { body: JSON.stringify([{ locale, attemptId: ctx.me.attemptId }]), label: "my attempt, a locale that is not one" }),
        ),
    ),
  refused: actionRefused,
  refusalProblems: actionPayloadProblems,
};
