import "server-only";
import { JOINS, SIGN_INS } from "@/lib/config";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { countEvent, forget, peekEvents, readTries, takeTry, throttleKey } from "./throttle";

/**
 * The limits on signing in and joining a class (OWASP ASVS 2.2.1), one place for each:
 * - sign-in: a growing delay per account after failures, counted apart for browsers that have
 *   signed in to it before (./trusted-devices.ts), and for the others a generous ceiling on
 *   failures per client address; a browser's correct password is never refused because of
 *   someone else's failures on its account;
 * - joining: class codes that match nothing (and names taken) per address, and new accounts per
 *   class and per address, counted before any account is made.
 * Whoever calls these (lib/auth/accounts.ts, lib/classes/join.ts and student-sign-in.ts) has the
 * client's address from the request: the first address of X-Forwarded-For, which the reverse
 * proxy writes (docs/deploy.md; without one, Next.js fills it from the connection when the
 * client sent none).
 */

/** The client's address as the server decided it; "unknown" shares one count. */
export const clientAddress = (requestHeaders: Headers): string => requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";

/** One try at signing in: the account typed (an address, or a class and a name), from where, from a browser it knows or not. */
export type SignInTry = { account: string; address: string; trusted: boolean };

/** The wait before the next try after `tries` tries that did not succeed (pure: lib/config.ts SIGN_INS.failures). */
export function delayAfter(tries: number): number {
  const { free, firstDelayMs, maxDelayMs } = SIGN_INS.failures;
  if (tries < free) return 0;
  return Math.min(maxDelayMs, firstDelayMs * 2 ** (tries - free));
}

const triesKey = (attempt: SignInTry) => throttleKey(attempt.trusted ? "sign-in-trusted" : "sign-in-account", attempt.account);
const addressKey = (attempt: SignInTry) => throttleKey("sign-in-address", attempt.address);
/** Rounds of a burst of tries at once on one account before the latecomers are told to wait. */
const MAX_TURNS = 20;
const perAddress = () => ({ windowMs: 60_000, max: env().SIGN_INS_PER_MINUTE });

/**
 * Before checking a password: for a browser new to the account, refused while its address is over
 * its ceiling of failures (SIGN_IN_RATE_LIMITED); then the try is counted against the account
 * before the password is checked (so parallel guesses are counted too), or refused while the
 * account's delay runs (SIGN_IN_DELAYED, with the seconds left). A success clears the count.
 */
export async function beforeSignIn(attempt: SignInTry): Promise<void> {
  if (!attempt.trusted) {
    const address = await peekEvents(addressKey(attempt), perAddress());
    if (!address.allowed) throw new AppError("SIGN_IN_RATE_LIMITED", { retryAfter: address.retryAfterSeconds });
  }
  const key = triesKey(attempt);
  // Of tries at once, one is counted at a time (takeTry): the others look again.
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const { stored, count, sinceMs } = await readTries(key, SIGN_INS.failures.forgetAfterMs);
    const waitMs = delayAfter(count) - sinceMs;
    if (waitMs > 0) throw new AppError("SIGN_IN_DELAYED", { retryAfter: Math.ceil(waitMs / 1000) });
    if (await takeTry(key, stored, count + 1)) return;
  }
  throw new AppError("SIGN_IN_DELAYED", { retryAfter: 1 });
}

/** After checking the password: a success clears the account's tries; a failure also counts against the address. */
export async function afterSignIn(attempt: SignInTry, succeeded: boolean): Promise<void> {
  if (succeeded) await forget(triesKey(attempt));
  else if (!attempt.trusted) await countEvent(addressKey(attempt), perAddress());
}

/** Before looking a class code up: refused while this address has missed too often. */
export async function beforeCodeLookup(address: string): Promise<void> {
  const misses = await peekEvents(throttleKey("join-miss", address), JOINS.misses);
  if (!misses.allowed) throw new AppError("JOIN_RATE_LIMITED", { retryAfter: misses.retryAfterSeconds });
}

/** A code that matched no class, or a name already taken: counted against the address. */
export async function countCodeMiss(address: string): Promise<void> {
  await countEvent(throttleKey("join-miss", address), JOINS.misses);
}

/** Before making a student's account: within the class's and the address's allowance, or refused. */
export async function beforeNewAccount(address: string, classId: string): Promise<void> {
  for (const [key, rule] of [
    [throttleKey("join-class", classId), JOINS.perClass],
    [throttleKey("join-address", address), JOINS.perAddress],
  ] as const) {
    const verdict = await countEvent(key, rule);
    if (!verdict.allowed) throw new AppError("JOIN_RATE_LIMITED", { retryAfter: verdict.retryAfterSeconds });
  }
}
