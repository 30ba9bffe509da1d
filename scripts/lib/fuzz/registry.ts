import type { Endpoint } from "./endpoint";
import { answersEndpoint } from "./endpoints/answers";
import { attemptsEndpoint } from "./endpoints/attempts";
import { getSessionEndpoint, signInAnonymousEndpoint, signOutEndpoint, unknownAuthEndpoint } from "./endpoints/auth";
import { exportEndpoint, feedbackEndpoint, progressEndpoint } from "./endpoints/review";
import { submitActionEndpoint } from "./endpoints/submit-action";

/**
 * Every route handler and server action the app has, for `npm run proof:fuzz`. A new one is one
 * more entry (see the header of scripts/proof-fuzz.ts); its runs count toward the total.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  answersEndpoint,
  attemptsEndpoint,
  submitActionEndpoint,
  signInAnonymousEndpoint,
  getSessionEndpoint,
  signOutEndpoint,
  unknownAuthEndpoint,
  feedbackEndpoint,
  progressEndpoint,
  exportEndpoint,
];
