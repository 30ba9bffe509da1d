import { isIP } from "node:net";
import os from "node:os";

/**
 * The machine's addresses on the networks it is connected to, for students to type: the page a
 * teacher opens on `localhost` and the address `npm start` prints must name one other devices can
 * reach. IPv4 first (what a school Wi-Fi hands out), private ranges before public ones; loopback,
 * link-local and container bridges left out.
 */

type Interfaces = ReturnType<typeof os.networkInterfaces>;

const LINK_LOCAL = /^(169\.254\.|fe80:)/i;
const PRIVATE_V4 = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;
/** Docker's and libvirt's bridges: reachable from this machine only. */
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|cni|flannel)/;

export function networkAddresses(interfaces: Interfaces = os.networkInterfaces()): string[] {
  const found: Array<{ address: string; rank: number }> = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    if (VIRTUAL_INTERFACE.test(name)) continue;
    for (const entry of entries ?? []) {
      if (entry.internal || LINK_LOCAL.test(entry.address)) continue;
      const v4 = entry.family === "IPv4";
      found.push({ address: entry.address, rank: v4 ? (PRIVATE_V4.test(entry.address) ? 0 : 1) : 2 });
    }
  }
  return found.sort((a, b) => a.rank - b.rank).map((entry) => entry.address);
}

/** A host name only this machine resolves to itself: localhost, the loopback range, or "any address". */
export function isLocalOnlyHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.") || host === "0.0.0.0";
  if (isIP(host) === 6) return host === "::1" || host === "::";
  return false;
}

/** `http://<address>:<port>` (IPv6 in brackets). */
export const httpOrigin = (address: string, port: number | string) => `http://${isIP(address) === 6 ? `[${address}]` : address}:${port}`;
