import { httpOrigin, isLocalOnlyHost, networkAddresses } from "../../lib/net/addresses";

/**
 * What `npm run dev` and `npm start` print under their first line: the addresses students on the
 * same network can open (the class page shows the same one), or why there is none.
 */
export function addressLines(hostname: string, port: number | string): string[] {
  if (process.env.APP_URL) return [`  Students open ${process.env.APP_URL} (APP_URL)`];
  if (isLocalOnlyHost(hostname) && hostname !== "0.0.0.0" && hostname !== "::") {
    return [`  Listening on ${hostname} only: other devices cannot reach it (start with --hostname 0.0.0.0 to serve the network).`];
  }
  const addresses = networkAddresses();
  if (addresses.length === 0) return ["  No network address found: students' devices cannot reach this computer until it joins a network."];
  return addresses.map((address, index) => `  ${index === 0 ? "Students open" : "           or"} ${httpOrigin(address, port)}`);
}
