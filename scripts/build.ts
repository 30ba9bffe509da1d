import { buildApp } from "./lib/build";

/** npm run build — `next build`, then the step that writes the prerendered pages' Content-Security-Policy table. */
await buildApp({}, process.argv.slice(2));
