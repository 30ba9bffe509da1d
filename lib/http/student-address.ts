import { httpOrigin, isLocalOnlyHost } from "@/lib/net/addresses";

/**
 * The address students type to reach this app (join panel, projected code, printed slips). Pure,
 * so that every case is unit-tested; ./origin.ts feeds it the request and the machine.
 *
 * - APP_URL, when set: the public address the school chose.
 * - The host the teacher's browser used, when other devices can reach it too (a school server's
 *   name or address).
 * - When the teacher is on this machine's own `localhost` (or a request made by the server itself,
 *   as Next.js does to render the page an action redirects to), the machine's network address on
 *   the same port: `localhost` on a slip sends every student to their own device.
 * - "localOnly" when the machine has no network address to offer: the page then says so.
 */
export type StudentAddress = { origin: string; kind: "configured" | "request" | "network" | "localOnly" };

export function studentAddressOf(input: { appUrl?: string; host: string | null; secure: boolean; networkAddresses: readonly string[] }): StudentAddress {
  if (input.appUrl) return { origin: input.appUrl.replace(/\/+$/, ""), kind: "configured" };
  const host = input.host || "localhost";
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    url = new URL("http://localhost");
  }
  const port = url.port || (input.secure ? "443" : "80");
  if (!isLocalOnlyHost(url.hostname)) return { origin: `${input.secure ? "https" : "http"}://${url.host}`, kind: "request" };
  const [address] = input.networkAddresses;
  if (address) return { origin: httpOrigin(address, port), kind: "network" };
  return {
    origin: `http://${url.hostname === "0.0.0.0" || url.hostname === "[::]" ? "localhost" : url.hostname}${url.port ? `:${url.port}` : ""}`,
    kind: "localOnly",
  };
}
