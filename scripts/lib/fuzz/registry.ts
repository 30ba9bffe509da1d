import type { Endpoint } from "./endpoint";
import { answersEndpoint } from "./endpoints/answers";
import { attemptsEndpoint, sessionEndpoint } from "./endpoints/attempts";
import { getSessionEndpoint, signInAnonymousEndpoint, signOutEndpoint, unknownAuthEndpoint } from "./endpoints/auth";
import { commentBankEndpoint, formActionEndpoints } from "./endpoints/form-actions";
import { assignmentExportEndpoint, classExportEndpoint, feedbackEndpoint, progressEndpoint } from "./endpoints/review";
import { submitActionEndpoint } from "./endpoints/submit-action";

/**
 * Every route handler and server action the app has (tests/unit/fuzz-registry.test.ts checks that none is missing), for `npm run proof:fuzz`. A new one is one
 * more entry (see the header of scripts/proof-fuzz.ts); its runs count toward the total.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  answersEndpoint,
  attemptsEndpoint,
  sessionEndpoint,
  submitActionEndpoint,
  signInAnonymousEndpoint,
  getSessionEndpoint,
  signOutEndpoint,
  unknownAuthEndpoint,
  feedbackEndpoint,
  progressEndpoint,
  assignmentExportEndpoint,
  classExportEndpoint,
  commentBankEndpoint,
  // Last: the forms' actions, whose accepted requests delete spare rows at the end.
  ...formActionEndpoints,
];
