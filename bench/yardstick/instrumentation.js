/** The yardstick runs nothing at start (without this file, the app's own instrumentation.ts would be found). */
export function register() {}
