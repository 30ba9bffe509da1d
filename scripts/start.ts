import { runApp } from "./lib/run-app";

/** npm start — as npm run dev, but serves the production build (npm run build first). */
await runApp("start");
