import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * Who the client is, decided by the production server before Next.js sees the request: the rate
 * limiter of sign-ins and guest sessions (better-auth, per client address) reads X-Forwarded-For,
 * which any client can write. So by default the address is the connection's own, and the
 * forwarded headers a client sent are overwritten or dropped. Only behind a reverse proxy named
 * by TRUST_PROXY are they believed (docs/deploy.md):
 * - TRUST_PROXY=<n>: n proxies in front of the app, each appending the address it saw; the
 *   client is the address n hops from the connection.
 * - TRUST_PROXY=<address or subnet>,…: the proxies' own addresses (e.g. 10.0.0.5,10.1.0.0/16);
 *   the client is the nearest address in the chain that is not one of them.
 */

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; list: BlockList };

export class TrustProxyError extends Error {}

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text === "false") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const list = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new TrustProxyError(`TRUST_PROXY: "${entry}" is neither a number of proxies nor an address or subnet (e.g. 2, or 10.0.0.5,10.1.0.0/16).`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return { kind: "addresses", list };
}

/** "::ffff:10.0.0.1" (an IPv4 client of a dual-stack socket) as "10.0.0.1". */
function plain(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

const isLoopback = (address: string) => address === "::1" || address.startsWith("127.");

function isListed(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The client's address for this request. */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const socket = plain(request.socket.remoteAddress ?? "");
  if (trust.kind === "none") return socket;
  const header = request.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((part) => plain(part.trim())).filter(Boolean);
  // Nearest last: what each proxy appended, then the connection itself.
  const chain = [...forwarded, socket];
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  for (let index = chain.length - 1; index > 0; index--) {
    if (!isListed(trust.list, chain[index]!)) return chain[index]!;
  }
  return chain[0]!;
}

/**
 * Rewrites the forwarded headers Next.js and better-auth read: X-Forwarded-For becomes the one
 * client address; without a trusted proxy, X-Forwarded-Proto is the connection's (plain HTTP:
 * TLS ends in front of this server, if anywhere) and X-Forwarded-Host is dropped unless the request comes from this machine.
 */
export function normaliseForwarded(request: IncomingMessage, trust: TrustProxy): void {
  const headers = request.headers;
  headers["x-forwarded-for"] = clientAddress(request, trust);
  if (trust.kind === "none") {
    headers["x-forwarded-proto"] = "http";
    // Kept from this machine itself: Next.js renders the page a server action redirects to by
    // requesting it from this server, with the teacher's host in X-Forwarded-Host (the address
    // students are told to type is read from it: lib/http/origin.ts).
    if (!isLoopback(plain(request.socket.remoteAddress ?? ""))) delete headers["x-forwarded-host"];
  }
  delete headers["x-real-ip"];
  delete headers.forwarded;
}
