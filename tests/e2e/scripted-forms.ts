import { randomInt } from "node:crypto";
import http from "node:http";
import { alertText, postPageForm } from "@/scripts/lib/form-post";

/**
 * Forms posted as a script posts them, without a browser and without cookies: what an attacker
 * scripting the join or sign-in forms sends, at the speed of the server.
 */

/** A client address of its own (the benchmarking range, RFC 2544): the server trusts it from this machine. */
export const scriptAddress = () => `198.19.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * Posts the form of the page at `path` on `origin` with `fields`; returns what the answered page's
 * alert says, or where it redirected to.
 */
export async function postForm(
  origin: string,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  send: typeof fetch = fetch,
): Promise<string> {
  const response = await postPageForm(origin, path, fields, headers, send);
  if (response.status >= 300 && response.status < 400) return `redirected to ${response.headers.get("location")}`;
  return alertText(await response.text()) ?? `${response.status}, no alert in the page`;
}

/**
 * fetch from another loopback address than 127.0.0.1 (Linux answers on all of 127/8): for a
 * client the server must tell apart from the other tests' by its connection alone (through the
 * reverse proxy, which writes the address it saw). Redirects are not followed.
 */
export function fetchFrom(localAddress: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input instanceof URL ? input.href : input, init);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    return new Promise<Response>((resolve, reject) => {
      const outgoing = http.request(request.url, { method: request.method, headers: Object.fromEntries(request.headers), localAddress }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) for (const item of [value ?? []].flat()) headers.append(name, item);
          resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers }));
        });
      });
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  };
}
