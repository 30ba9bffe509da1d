// Module hook for ./hot-endpoints.ts: `import "server-only"` throws outside Next.js's server
// bundles by design; in this server process it is server code, so it resolves to an empty
// module, as next.config.ts makes it do inside Next.js (lib/server-side.ts).
const EMPTY = "data:text/javascript,export%20%7B%7D";

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
