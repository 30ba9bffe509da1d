import type { IncomingMessage, ServerResponse } from "node:http";
import { register } from "node:module";
import type { NextApiRequest, NextApiResponse } from "next";

/**
 * The two endpoints every learner calls every few seconds (pages/api/answers.ts, saving, and
 * pages/api/attempts/current.ts, their own work) answered by this server directly rather than
 * through Next.js's router, which costs more than the handler's SQL statement (README,
 * "Benchmark"). Same handler modules, so `next dev` and this server run the same code.
 */

register("./server-only-hook.mjs", import.meta.url);

type Handler = (request: NextApiRequest, response: NextApiResponse) => Promise<void>;

export type HotEndpoints = (request: IncomingMessage, response: ServerResponse, pathname: string, search: string) => boolean;

/**
 * Loaded once Next.js is prepared: the handlers' modules import Next.js's request storage, which
 * needs the environment Next.js sets up when it starts.
 */
export async function loadHotEndpoints(): Promise<HotEndpoints> {
  const [answers, current] = await Promise.all([import("../pages/api/answers"), import("../pages/api/attempts/current")]);
  const handlers: Record<string, Handler> = { "/api/answers": answers.default, "/api/attempts/current": current.default };
  /** Answers `pathname` when it is one of the hot endpoints; false otherwise. */
  return (request, response, pathname, search) => {
    const handler = handlers[pathname];
    if (!handler) return false;
    // The one thing the handlers read that Next.js adds to Node's request: the parsed query.
    const apiRequest = Object.assign(request, { query: Object.fromEntries(new URLSearchParams(search)) }) as unknown as NextApiRequest;
    handler(apiRequest, response as NextApiResponse).catch(() => response.destroy());
    return true;
  };
}
