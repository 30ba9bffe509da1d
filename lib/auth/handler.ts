import "server-only";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/http/api";
import { errorResponse } from "@/lib/http/route";
import { getAuth } from "./server";

/**
 * better-auth's HTTP handler (app/api/auth/[...all]): its own answers, except that a database that
 * cannot be reached gets the app's 503 DATABASE_UNAVAILABLE with its message in the request's
 * language, as every endpoint of the app does. better-auth then either throws (its rate limiter
 * runs before its endpoints catch anything) or answers 503 (./database.ts); anything else it
 * throws is logged and answered INTERNAL, never Next.js's empty 500.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const locale = requestLocale(request.headers);
  try {
    const response = await getAuth(request.headers).handler(request);
    return response.status === 503 ? errorResponse(new AppError("DATABASE_UNAVAILABLE"), locale, {}) : response;
  } catch (error) {
    return errorResponse(error, locale, { route: `better-auth ${new URL(request.url).pathname}` });
  }
}
