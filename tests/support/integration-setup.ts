import { inject } from "vitest";

// lib/env.ts reads these; every worker points the app's modules at the run's test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
// A lower ceiling of failed sign-ins per address than production's, so that the test reaching it stays short.
process.env.SIGN_INS_PER_MINUTE ??= "20";
