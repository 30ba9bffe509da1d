import { networkInterfaces } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_BYTES } from "./lib/http/limits";
import { BASE_HEADERS, HSTS, NON_PAGE_POLICY } from "./lib/http/security-headers";

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

/**
 * The headers of every response (docs/security.md), in development and production alike. The
 * Content-Security-Policy here is for what is not a page (JSON, scripts, fonts); proxy.ts replaces
 * it with each page's own. HSTS only when the request came over HTTPS, as the reverse proxy that
 * ends TLS says (docs/deploy.md): a school server on plain HTTP must stay reachable.
 */
async function headers() {
  const all = Object.entries({ ...BASE_HEADERS, "content-security-policy": NON_PAGE_POLICY }).map(([key, value]) => ({ key, value }));
  return [
    { source: "/:path*", headers: all },
    {
      source: "/:path*",
      has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "strict-transport-security", value: HSTS }],
    },
  ];
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `next dev` writes no notes for coding tools (AGENTS.md) into the project.
  agentRules: false,
  headers,
  // app/global-not-found.tsx: a whole localised page for addresses no page has (docs/not-found.md).
  experimental: {
    globalNotFound: true,
    agentUpgrade: false,
    // Next.js keeps a copy of a request's body for proxy.ts, by default up to 10 MB in memory: no
    // request to a page needs more than a server action's 1 MB. (It still reads the whole body
    // before proxy.ts runs: docs/security.md, vercel/next.js#59519.)
    proxyClientMaxBodySize: ACTION_BODY_BYTES + 64 * 1024,
  },
  // Bundled rather than required at run time outside React Server Components too (proxy.ts), so
  // that the aliases below (and next-intl's, for precompiled messages) apply there as well.
  transpilePackages: ["server-only", "next-intl", "use-intl"],
  turbopack: { resolveAlias: { "server-only": { browser: "server-only", default: "./lib/server-side.ts" } } },
  allowedDevOrigins: [...new Set(ownAddresses())],
  // The Docker image runs the standalone output (Dockerfile sets NEXT_OUTPUT=standalone): the
  // server and only the files it needs. `npm start` runs `next start`, which does not take it.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" as const } : {}),
  // The content loader reads content/ at run time; make sure standalone traces include it.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default withNextIntl(nextConfig);
