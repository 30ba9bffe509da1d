import { networkInterfaces } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * The development server serves its scripts to localhost only, unless told otherwise: opened at
 * 127.0.0.1 or at the address it prints for the network, a page would never hydrate and nothing
 * typed would be saved. So the loopback and this machine's own addresses, read at start, are allowed.
 */
function ownAddresses(): string[] {
  const interfaces = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []);
  return ["127.0.0.1", "[::1]", ...interfaces.map((entry) => (entry.family === "IPv6" ? `[${entry.address}]` : entry.address))];
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ["server-only"],
  turbopack: { resolveAlias: { "server-only": { browser: "server-only", default: "./lib/server-side.ts" } } },
  allowedDevOrigins: [...new Set(ownAddresses())],
  // The content loader reads content/ at run time; make sure standalone traces include it.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default withNextIntl(nextConfig);
