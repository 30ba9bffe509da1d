import "server-only";
import type { z } from "zod";
import { resolveSession } from "@/lib/auth/session";
import { LOCALES, type AppLocale } from "@/lib/config";
import { fieldPath } from "@/lib/content/issues";
import { AppError } from "@/lib/errors";
import { assertJsonRequest, assertSameOrigin, errorBody, parseJson, requestLocale } from "./api";

/**
 * The one wrapper of the app's JSON endpoints (app/api/…/route.ts; docs/api.md). It does, in this
 * order, what every endpoint used to restate: the method (405 with Allow otherwise), the origin of a
 * request that may change something, the query and the JSON body (type, size, then a zod schema),
 * and it turns whatever is thrown into the localised error body (./api.ts) with the session's
 * refreshed cookie kept. The handler only calls the domain.
 */

type Method = "GET" | "POST";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type RouteHandler = (request: Request, context?: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export type EndpointContext<Query, Body> = {
  request: Request;
  headers: Headers;
  query: Query;
  body: Body;
  /** The dynamic segments of the address, as Next.js gives them. */
  params: Record<string, string>;
  /** The language of the reply: the request's, or the `locale` its query or body names. */
  locale: AppLocale;
  /** The session (a signed-in account, a guest or nobody); its refreshed cookie goes out with the reply, whatever it is. */
  session: (options?: { live?: boolean }) => ReturnType<typeof resolveSession>;
  /** The cookies of the reply, error or not (a session created on the way), in place of any set before. */
  setCookies: (cookies: readonly string[]) => void;
};

type Spec<QuerySchema extends z.ZodType | undefined, BodySchema extends z.ZodType | undefined> = {
  method: Method;
  /** How the log names the endpoint: "POST /api/answers". */
  route: string;
  query?: QuerySchema;
  /** The fields an invalid query names (by default, those zod names). */
  queryFields?: readonly string[];
  body?: { schema: BodySchema; maxBytes: number };
  handle: (context: EndpointContext<Output<QuerySchema>, Output<BodySchema>>) => Promise<Response>;
};
type Output<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

const localeIn = (data: unknown): AppLocale | undefined => {
  const value = data && typeof data === "object" ? (data as { locale?: unknown }).locale : undefined;
  return LOCALES.find((locale) => locale === value);
};

/**
 * A request's body, up to `maxBytes`: refused from its declared length before a byte is read, and
 * as soon as it grows past the limit when it declared none (the rest is left unread).
 */
export async function readBody(request: Request, maxBytes: number): Promise<Buffer> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        throw new AppError("PAYLOAD_TOO_LARGE");
      }
      chunks.push(read.value);
    }
  }
  return Buffer.concat(chunks);
}

/** The JSON body: its type and declared length checked first (./api.ts), then read within the limit. */
async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  assertJsonRequest(request.headers, maxBytes);
  return parseJson((await readBody(request, maxBytes)).toString("utf8"));
}

/** The localised error reply of `error` (its Allow for a 405; an unread oversized body closes the connection). */
export function errorResponse(error: unknown, locale: AppLocale, context: Record<string, unknown>, setCookie: readonly string[] = []): Response {
  const { status, body } = errorBody(error, locale, context);
  const response = Response.json(body, { status });
  const allow = error instanceof AppError ? error.details.allow : undefined;
  if (typeof allow === "string") response.headers.set("allow", allow);
  if (status === 413) response.headers.set("connection", "close");
  setCookie.forEach((cookie) => response.headers.append("set-cookie", cookie));
  return response;
}

function parsed<Schema extends z.ZodType>(schema: Schema, input: unknown, fields?: readonly string[]): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("INVALID_INPUT", { fields: fields ? [...fields] : result.error.issues.map((issue) => fieldPath(issue.path)) });
  return result.data;
}

/**
 * A route module's handlers: `export const { GET, POST, PUT, PATCH, DELETE } = endpoint({ … })`.
 * The methods the endpoint does not take answer the app's own 405, in JSON like every refusal.
 */
export function endpoint<QuerySchema extends z.ZodType | undefined = undefined, BodySchema extends z.ZodType | undefined = undefined>(
  spec: Spec<QuerySchema, BodySchema>,
): Record<(typeof METHODS)[number], RouteHandler> {
  const handle: RouteHandler = async (request, routeContext) => {
    const headers = request.headers;
    let locale = requestLocale(headers);
    let setCookie: readonly string[] = [];
    try {
      if (request.method !== spec.method) throw new AppError("METHOD_NOT_ALLOWED", { allow: spec.method });
      // Next.js checks the origin of server actions, not of route handlers.
      if (spec.method !== "GET") assertSameOrigin(headers);
      const query = (
        spec.query ? parsed(spec.query, Object.fromEntries(new URL(request.url).searchParams), spec.queryFields) : undefined
      ) as Output<QuerySchema>;
      const body = (spec.body ? parsed(spec.body.schema!, await readJsonBody(request, spec.body.maxBytes)) : undefined) as Output<BodySchema>;
      locale = localeIn(body) ?? localeIn(query) ?? locale;
      const params = Object.fromEntries(Object.entries((await routeContext?.params) ?? {}).map(([name, value]) => [name, String(value)]));
      const response = await spec.handle({
        request,
        headers,
        query,
        body,
        params,
        locale,
        session: async (options) => {
          const session = await resolveSession(headers, options);
          setCookie = session.setCookie;
          return session;
        },
        setCookies: (cookies) => {
          setCookie = cookies;
        },
      });
      setCookie.forEach((cookie) => response.headers.append("set-cookie", cookie));
      return response;
    } catch (error) {
      return errorResponse(error, locale, { route: spec.route }, setCookie);
    }
  };
  return Object.fromEntries(METHODS.map((method) => [method, handle])) as Record<(typeof METHODS)[number], RouteHandler>;
}

/** A JSON reply read by one person only: never cached anywhere. */
export const privateJson = (body: unknown): Response => Response.json(body, { headers: { "cache-control": "private, no-store" } });
