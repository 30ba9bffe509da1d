import fc from "fast-check";
import { DEFAULT_LOCALE } from "@/lib/config";
import type pg from "pg";
import { changedTables, fingerprint, foreignErrorProblems, ownErrorProblems } from "./checks";
import type { FuzzContext } from "./context";
import type { Endpoint } from "./endpoint";
import { send, type FuzzRequest, type FuzzResponse } from "./http";
import { isNextOwnRefusal, nextOwn5xx } from "./upstream";

/**
 * Runs one endpoint's property: for every generated request, no 5xx, a well-formed refusal, and
 * no row changed by a refusal (or by any request to a read-only endpoint). fast-check shrinks a
 * failing request to a smallest one, which the report shows.
 */

export type Tally = {
  endpoint: string;
  sent: number;
  refused: number;
  accepted: number;
  statuses: Map<number, number>;
  /** 5xx answered by Next.js itself before the app's code ran (./upstream.ts), by upstream issue. */
  nextOwn: Map<string, number>;
  failure?: string;
};

export class Violation extends Error {}

/**
 * A request line and headers over Node's 16 KB limit are refused by its HTTP parser, which may
 * not have received the language headers yet: the answer is then in the default language.
 */
const beyondHeaderLimit = (request: FuzzRequest) => request.path.length + JSON.stringify(request.headers ?? {}).length > 16 * 1024;

function describe(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ""
      : ` body ${JSON.stringify(request.body.toString().slice(0, 600))}${request.body.length > 600 ? `… (${request.body.length} bytes)` : ""}`;
  // A session cookie is long and says nothing about the failure: its start is enough.
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([name, value]) => [name, name === "cookie" && value.length > 40 ? `${value.slice(0, 40)}…` : value]),
  );
  return `${request.method} ${request.path.slice(0, 160)} [${request.label}] headers ${JSON.stringify(headers)}${body}`;
}

export async function fuzzEndpoint(endpoint: Endpoint, ctx: FuzzContext, db: pg.Client, runs: number, seed: number): Promise<Tally> {
  const tally: Tally = { endpoint: endpoint.name, sent: 0, refused: 0, accepted: 0, statuses: new Map(), nextOwn: new Map() };
  let rows = await fingerprint(db, endpoint.writes);

  const exchange = async (
    request: FuzzRequest,
    locale: "fr" | "en",
    client: number,
  ): Promise<{ response: FuzzResponse; refused: boolean; changed: string[] }> => {
    // A client address of its own, so that better-auth's per-address limiter (tested on its own) does not answer every payload.
    const headers = {
      "accept-language": locale === "fr" ? "fr-FR,fr;q=0.9" : "en-GB,en;q=0.9",
      "x-forwarded-for": `127.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
    };
    const response = await send(ctx.base, request, headers);
    tally.sent += 1;
    tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
    const after = await fingerprint(db, endpoint.writes);
    const changed = changedTables(rows, after);
    rows = after;
    const refused = endpoint.refused ? endpoint.refused(response) : response.status >= 400 && response.status < 500;
    return { response, refused, changed };
  };

  const sanity = await exchange(endpoint.valid(ctx), "fr", 1);
  const accepted = endpoint.accepted ? endpoint.accepted(sanity.response) : sanity.response.status < 300 && !sanity.refused;
  if (!accepted) {
    return {
      ...tally,
      failure: `its valid request was not accepted (${sanity.response.status} ${sanity.response.text.slice(0, 160)}): the fuzz would not reach it`,
    };
  }

  const property = fc.asyncProperty(
    endpoint.invalid(ctx),
    fc.constantFrom("fr" as const, "en" as const),
    fc.integer({ min: 2, max: 2 ** 24 - 1 }),
    async (request, locale, client) => {
      const { response, refused, changed } = await exchange(request, locale, client);
      const problems: string[] = [];
      const upstream = response.status >= 500 ? nextOwn5xx(request) : undefined;
      if (upstream) tally.nextOwn.set(upstream, (tally.nextOwn.get(upstream) ?? 0) + 1);
      else if (response.status >= 500) problems.push(`answered ${response.status}: ${response.text.slice(0, 200)}`);
      if (response.status === 0) problems.push(response.text);
      if (refused) {
        tally.refused += 1;
        const locales = [locale, endpoint.bodyLocale?.(request), beyondHeaderLimit(request) ? DEFAULT_LOCALE : undefined].filter(
          (value): value is "fr" | "en" => !!value,
        );
        // Node's HTTP parser answers a request line and headers over its limit itself (431), before Next.js or the app.
        const nodeOrNext = (beyondHeaderLimit(request) && response.status === 431) || isNextOwnRefusal(request, response);
        const own = nodeOrNext ? [] : endpoint.refusalProblems?.(response, locales);
        problems.push(...(own ?? (endpoint.owner === "app" ? ownErrorProblems(response, locales) : foreignErrorProblems(response))));
      } else if (response.status < 400) tally.accepted += 1;
      if (changed.length > 0 && (refused || endpoint.readOnly)) problems.push(`${refused ? "refused" : "read-only"}, yet changed ${changed.join(", ")}`);
      // On one line: a response's text may hold line breaks, and the report keeps the first line.
      if (problems.length > 0) throw new Violation(`${problems.join("; ").replace(/\s*\n\s*/g, " ⏎ ")}\n    request: ${describe(request)}`);
    },
  );

  try {
    await fc.assert(property, { numRuns: runs, seed, endOnFailure: false });
  } catch (error) {
    // fast-check's report, less its counterexample dump: the violation (its cause) names the shrunk request.
    const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((line) => /failed after|seed|Shrunk/.test(line));
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
    tally.failure = [...lines, ...cause.split("\n")].map((line) => line.slice(0, 1200)).join("\n");
    // Without a cause, fast-check's own message is all there is: keep the part naming the request.
    if (!cause)
      tally.failure += `\n${(error instanceof Error ? error.message : String(error))
        .split("\n")
        .filter((line) => /Got error|request:|answered/.test(line))
        .join("\n")
        .slice(0, 1500)}`;
  }
  // A run that ended early without a counterexample is a failure too: the payloads were not sent.
  if (!tally.failure && tally.sent < runs + 1) tally.failure = `stopped after ${tally.sent - 1} of ${runs} generated requests`;
  return tally;
}
