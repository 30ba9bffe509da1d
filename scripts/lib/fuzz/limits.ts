import { randomInt } from "node:crypto";
import type pg from "pg";
import { generateJoinCode } from "@/lib/classes/codes";
import { JOINS, SIGN_INS } from "@/lib/config";
import { frenchTypography } from "@/lib/format/typography";
import fr from "@/messages/fr.json";
import { alertText, postPageForm } from "../form-post";

/**
 * The limits on joining and signing in (lib/auth/limits.ts) as a script meets them, through the
 * forms of the production server, each client speaking for an address of its own
 * (X-Forwarded-For, trusted from loopback in the proof):
 *   - a burst of class codes guessed from one address is turned away past the allowance, and
 *     makes no account;
 *   - a burst of wrong passwords on one student's account is checked only as far as its free
 *     tries, the rest told to wait, while a classmate behind the same address signs in with hers.
 */

export type LimitCheck = { name: string; problem: string | null; detail: string };

/** Which error a form's answer told, by the start of its French message (before any placeholder); "signed in" for the redirect of a success. */
async function told(response: Response): Promise<string> {
  if (response.status === 303) return "signed in";
  const text = alertText(await response.text());
  if (text === null) return `${response.status} without an alert`;
  const codes = fr.errors.codes as Record<string, string>;
  const code = Object.keys(codes).find((candidate) =>
    text.startsWith(
      frenchTypography(codes[candidate]!)
        .split("{")[0]!
        .replace(/[\u00A0\u202F]/g, " "),
    ),
  );
  return code ?? text;
}

const address = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
const count = (outcomes: readonly string[]) =>
  Object.entries(outcomes.reduce<Record<string, number>>((tally, outcome) => ({ ...tally, [outcome]: (tally[outcome] ?? 0) + 1 }), {}))
    .map(([outcome, times]) => `${outcome}×${times}`)
    .join(" ");

async function codeGuessing(base: string, db: pg.Client): Promise<LimitCheck> {
  const client = { "x-forwarded-for": address() };
  const before = Number((await db.query<{ count: string }>(`SELECT count(*) FROM "Enrolment"`)).rows[0]!.count);
  const outcomes: string[] = [];
  for (let index = 0; index < JOINS.misses.max + 5; index++) {
    outcomes.push(
      await told(
        await postPageForm(base, "/fr/join", { code: generateJoinCode(), name: `Robot ${index}`, password: "tigre-nuage-pomme-vent", locale: "fr" }, client),
      ),
    );
  }
  const after = Number((await db.query<{ count: string }>(`SELECT count(*) FROM "Enrolment"`)).rows[0]!.count);
  const expected = [...Array<string>(JOINS.misses.max).fill("JOIN_CODE_UNKNOWN"), ...Array<string>(5).fill("JOIN_RATE_LIMITED")];
  const problem = outcomes.join() !== expected.join() ? `expected ${count(expected)}` : after !== before ? `${after - before} accounts made` : null;
  return { name: `${outcomes.length} class codes guessed from one address`, problem, detail: count(outcomes) };
}

async function passwordBurst(base: string, joinCode: string): Promise<LimitCheck> {
  const school = { "x-forwarded-for": address() };
  const tag = randomInt(1e6);
  const [lea, noe] = [
    { name: `Léa ${tag}`, password: `lea-${tag}-tigre-nuage` },
    { name: `Noé ${tag}`, password: `noe-${tag}-tigre-nuage` },
  ];
  for (const student of [lea, noe]) {
    const joined = await told(await postPageForm(base, "/fr/join", { code: joinCode, ...student, locale: "fr" }, { "x-forwarded-for": address() }));
    if (joined !== "signed in") return { name: "a burst of wrong passwords", problem: `joining answered ${joined}`, detail: "" };
  }
  const burst = await Promise.all(
    Array.from({ length: 12 }, (_, index) =>
      postPageForm(base, "/fr/sign-in", { code: joinCode, name: lea.name, password: `essai-${index}-abcdef`, locale: "fr" }, school).then(told),
    ),
  );
  const classmate = await told(await postPageForm(base, "/fr/sign-in", { code: joinCode, ...noe, locale: "fr" }, school));
  const wrong = burst.filter((outcome) => outcome === "WRONG_NAME_OR_PASSWORD").length;
  const waiting = burst.filter((outcome) => outcome === "SIGN_IN_DELAYED").length;
  const problem =
    wrong !== SIGN_INS.failures.free || waiting !== 12 - SIGN_INS.failures.free
      ? `expected ${SIGN_INS.failures.free} wrong passwords and ${12 - SIGN_INS.failures.free} told to wait`
      : classmate !== "signed in"
        ? `the classmate behind the same address was told ${classmate}`
        : null;
  return {
    name: "12 wrong passwords at once on one account, then a classmate's right one from the same address",
    problem,
    detail: `${count(burst)}; classmate: ${classmate}`,
  };
}

export async function checkLimits(base: string, db: pg.Client, joinCode: string): Promise<LimitCheck[]> {
  return [await codeGuessing(base, db), await passwordBurst(base, joinCode)];
}
