/**
 * What `import "server-only"` resolves to on the server (next.config.ts). The package itself only
 * allows React Server Components, but proxy.ts (which reads lib/env.ts) is server code outside
 * them. In the browser it still resolves to the package, whose import fails the build.
 */
export {};
