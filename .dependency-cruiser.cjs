/**
 * `npm run lint` fails on an import cycle in the app's code (app/, components/, lib/, i18n/,
 * proxy.ts), and on lib/auth importing lib/classes. Type-only imports count: a cycle of types is a
 * tangle too.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules that import each other, directly or through others: move what both need to a module that imports neither.",
      from: {},
      to: { circular: true },
    },
    {
      name: "auth-is-sessions-and-accounts",
      severity: "error",
      comment: "lib/auth knows sessions and accounts, not classes: a student's join and sign-in build on it from lib/classes (join.ts, student-sign-in.ts).",
      from: { path: "^lib/auth/" },
      to: { path: "^lib/classes/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(lib/generated|node_modules|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  },
};
