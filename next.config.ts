import { networkInterfaces } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled at build time: the browser then gets a small formatter instead of an ICU
// parser (about 10 KB less first-load JavaScript on every page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["fr", "en"], precompile: true } },
});

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
  // app/global-not-found.tsx: a whole localised page for addresses no page has (docs/not-found.md).
  experimental: { globalNotFound: true },
  // Bundled rather than required at run time outside React Server Components too (proxy.ts), so
  // that the aliases below (and next-intl's, for precompiled messages) apply there as well.
  transpilePackages: ["server-only", "next-intl", "use-intl"],
  turbopack: { resolveAlias: { "server-only": { browser: "server-only", default: "./lib/server-side.ts" } } },
  allowedDevOrigins: [...new Set(ownAddresses())],
  // The content loader reads content/ at run time; make sure standalone traces include it.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default withNextIntl(nextConfig);
