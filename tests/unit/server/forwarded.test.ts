import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, normaliseForwarded, parseTrustProxy, TrustProxyError } from "@/server/forwarded";

/** A request as Node hands it over: the connection's address and the headers the client (or a proxy) wrote. */
function request(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

const cases: Array<{ name: string; trust: string | undefined; remote: string; forwardedFor?: string; client: string }> = [
  { name: "no proxy trusted: a forged header is ignored", trust: undefined, remote: "192.0.2.7", forwardedFor: "203.0.113.1", client: "192.0.2.7" },
  { name: "no proxy trusted: an IPv4 client of a dual-stack socket", trust: "", remote: "::ffff:192.0.2.7", client: "192.0.2.7" },
  { name: "one hop: the address the proxy saw", trust: "1", remote: "10.0.0.5", forwardedFor: "198.51.100.9", client: "198.51.100.9" },
  { name: "one hop: a forged address before the proxy's is skipped", trust: "1", remote: "10.0.0.5", forwardedFor: "203.0.113.1, 198.51.100.9", client: "198.51.100.9" },
  { name: "two hops", trust: "2", remote: "10.0.0.5", forwardedFor: "203.0.113.1, 198.51.100.9, 10.0.0.6", client: "198.51.100.9" },
  { name: "more hops than the chain: its first address", trust: "3", remote: "10.0.0.5", forwardedFor: "198.51.100.9", client: "198.51.100.9" },
  { name: "listed proxies are skipped from the nearest", trust: "10.0.0.5,10.1.0.0/16", remote: "10.0.0.5", forwardedFor: "203.0.113.1, 198.51.100.9, 10.1.2.3", client: "198.51.100.9" },
  { name: "a connection not from a listed proxy is the client", trust: "10.0.0.5", remote: "192.0.2.7", forwardedFor: "203.0.113.1", client: "192.0.2.7" },
  { name: "an IPv6 proxy subnet", trust: "fd00::/8", remote: "fd00::1", forwardedFor: "2001:db8::42", client: "2001:db8::42" },
];

describe("the client address", () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const headers: Record<string, string> = testCase.forwardedFor ? { "x-forwarded-for": testCase.forwardedFor } : {};
      expect(clientAddress(request(testCase.remote, headers), parseTrustProxy(testCase.trust))).toBe(testCase.client);
    });
  }

  it("refuses a TRUST_PROXY it cannot read, naming the entry", () => {
    expect(() => parseTrustProxy("10.0.0.5,proxy.local")).toThrow(TrustProxyError);
    expect(() => parseTrustProxy("10.0.0.0/x")).toThrow(/10\.0\.0\.0\/x/);
  });

  it("without a trusted proxy, the forwarded scheme and host are the connection's", () => {
    const forged = request("192.0.2.7", { "x-forwarded-for": "203.0.113.1", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", "x-real-ip": "203.0.113.2" });
    normaliseForwarded(forged, parseTrustProxy(undefined));
    expect(forged.headers).toEqual({ "x-forwarded-for": "192.0.2.7", "x-forwarded-proto": "http" });
  });

  it("keeps the forwarded host of a request this machine makes (the render after a server action's redirect)", () => {
    const internal = request("::ffff:127.0.0.1", { "x-forwarded-host": "recits.lan:3000", host: "0.0.0.0:3000" });
    normaliseForwarded(internal, parseTrustProxy(undefined));
    expect(internal.headers["x-forwarded-host"]).toBe("recits.lan:3000");
  });

  it("behind a trusted proxy, its scheme and host are kept", () => {
    const proxied = request("10.0.0.5", { "x-forwarded-for": "198.51.100.9", "x-forwarded-proto": "https", "x-forwarded-host": "recits.example.org" });
    normaliseForwarded(proxied, parseTrustProxy("1"));
    expect(proxied.headers).toEqual({ "x-forwarded-for": "198.51.100.9", "x-forwarded-proto": "https", "x-forwarded-host": "recits.example.org" });
  });
});
