import { runApp } from "./lib/run-app";

/** npm run dev — embedded PostgreSQL unless DATABASE_URL is set, migrations, content, next dev. */
await runApp("dev");
