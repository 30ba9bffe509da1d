import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { frenchTypography } from "@/lib/format/typography";
import { actionResult, ownErrorProblems } from "./checks";
import type { FuzzContext } from "./context";
import type { Endpoint } from "./endpoint";
import { formPostsWithoutScript } from "./endpoints/form-actions";
import { send, type FuzzRequest, type FuzzResponse } from "./http";

/**
 * The pass with PostgreSQL stopped (`npm run proof:fuzz`): every endpoint's valid request, sent
 * once as it is and once with only the session's token (its signed five-minute copy dropped, so
 * the session must be looked up in the database), every form posted without JavaScript, and every
 * page that reads the database, must say the database is unavailable: 503 DATABASE_UNAVAILABLE
 * with the catalogue's message in the request's language; a server action `{ ok: false, code:
 * "DATABASE_UNAVAILABLE" }`; a page (or a form posted without JavaScript) a redirect to the 503
 * page, which answers 503 in the address's language. Never a 500, never "signed out" or "not
 * found" for a database that did not answer. Then, once it is back, the same pages work again
 * (the endpoints' own proof follows: each starts with its valid request, which must be accepted).
 */

export type DownCheck = { name: string; answered: string; problems: string[] };

const UNAVAILABLE_TITLE = { fr: fr.errors.unavailableTitle, en: en.errors.unavailableTitle } as const;

/** The pages that read the database, with whose session they are asked for. */
export function databasePages(ctx: FuzzContext): Array<{ path: string; cookie: string }> {
  const classPath = `/fr/teach/classes/${ctx.teacher.classId}`;
  const assignmentPath = `${classPath}/assignments/${ctx.teacher.assignmentId}`;
  const teacher = [
    "/fr/teach",
    "/en/teach/account",
    classPath,
    `${classPath}/code`,
    `${classPath}/students`,
    `${classPath}/export`,
    `${classPath}/delete`,
    `${classPath}/assignments/new`,
    `${classPath}/slips`,
    `${assignmentPath}/copy`,
    assignmentPath,
    `${assignmentPath}/questions`,
    `${assignmentPath}/questions/${ctx.question}`,
    `${assignmentPath}/students`,
    `${assignmentPath}/students/${ctx.teacher.enrolmentIds[0]}`,
    `${assignmentPath}/charts`,
    `${assignmentPath}/export`,
    `/en${assignmentPath.slice(3)}/edit`,
  ].map((path) => ({ path, cookie: ctx.teacher.cookie }));
  return [...teacher, { path: "/fr/my-work", cookie: ctx.me.cookie }, { path: `/en/my-work/${ctx.me.attemptId}`, cookie: ctx.me.cookie }];
}

const localeOf = (path: string): "fr" | "en" => (path.startsWith("/en") ? "en" : "fr");
const languageHeaders = (locale: "fr" | "en") => ({ "accept-language": locale === "fr" ? "fr-FR,fr;q=0.9" : "en-GB,en;q=0.9" });

/** The request with its session's token only: the session is then looked up in the database. */
function withoutCachedCopy(request: FuzzRequest): FuzzRequest | null {
  const cookie = request.headers?.cookie;
  if (!cookie?.includes("session_data=")) return null;
  const token = cookie
    .split(/;\s*/)
    .filter((part) => !/^(__Secure-)?better-auth\.session_data=/.test(part))
    .join("; ");
  return { ...request, headers: { ...request.headers, cookie: token }, label: `${request.label}, the session looked up in the database` };
}

function redirectOf(response: FuzzResponse): string | undefined {
  const to = response.headers["x-action-redirect"] ?? (response.status >= 300 && response.status < 400 ? response.headers.location : undefined);
  return typeof to === "string" ? to : undefined;
}

/** The 503 page `location` sends to: 503, HTML in `locale`, its title. */
async function unavailablePageProblems(base: string, location: string, locale: "fr" | "en"): Promise<string[]> {
  const url = new URL(location, base);
  if (url.pathname !== `/${locale}/unavailable`) return [`sent to ${location}, not /${locale}/unavailable`];
  const page = await send(base, { method: "GET", path: `${url.pathname}${url.search}`, label: "the 503 page" }, languageHeaders(locale));
  const problems: string[] = [];
  if (page.status !== 503) problems.push(`the 503 page answered ${page.status}`);
  if (!page.text.includes(`<html lang="${locale}"`)) problems.push(`the 503 page is not in ${locale}`);
  if (!page.text.includes(UNAVAILABLE_TITLE[locale])) problems.push(`the 503 page does not say "${UNAVAILABLE_TITLE[locale]}"`);
  return problems;
}

/** The language a request's body asks for (a JSON `locale`, or a form's `locale` field), which wins over its headers. */
function bodyLocale(request: FuzzRequest): "fr" | "en" | undefined {
  const text = request.body?.toString() ?? "";
  return /"locale":"(fr|en)"|name="(?:_1_)?locale"\r\n\r\n(fr|en)\r\n/.exec(text)?.slice(1).find(Boolean) as "fr" | "en" | undefined;
}

/** How a request answered while PostgreSQL was stopped, and what is wrong with that. */
async function judge(base: string, request: FuzzRequest, response: FuzzResponse, headerLocale: "fr" | "en"): Promise<{ answered: string; problems: string[] }> {
  const locale = bodyLocale(request) ?? headerLocale;
  if (response.status >= 500) {
    if (response.status !== 503) return { answered: String(response.status), problems: [`answered ${response.status}: ${response.text.slice(0, 160)}`] };
    const problems = ownErrorProblems(response, [locale]);
    if (!response.text.includes('"DATABASE_UNAVAILABLE"')) problems.push(`503 without DATABASE_UNAVAILABLE: ${response.text.slice(0, 160)}`);
    return { answered: "503", problems };
  }
  const to = redirectOf(response);
  if (to !== undefined) {
    if (to.includes("error=DATABASE_UNAVAILABLE")) return { answered: `${response.status} → ?error=DATABASE_UNAVAILABLE`, problems: [] };
    return { answered: `${response.status} → 503 page`, problems: await unavailablePageProblems(base, to, locale) };
  }
  const result = String(response.headers["content-type"]).startsWith("text/x-component") ? actionResult(response) : undefined;
  if (result?.ok === false) {
    const ok = result.code === "DATABASE_UNAVAILABLE";
    return { answered: `{ ok: false, code: ${String(result.code)} }`, problems: ok ? [] : [`refused with ${String(result.code)}, not DATABASE_UNAVAILABLE`] };
  }
  // A form posted without JavaScript gets its page again, the form's error shown in it.
  if (response.status === 200 && isPage(response) && plainText(response.text).includes(plainText(DATABASE_UNAVAILABLE[locale])))
    return { answered: "200, the page with the form's error", problems: [] };
  return { answered: String(response.status), problems: [`answered ${response.status} as if the database had answered: ${response.text.slice(0, 160)}`] };
}

const DATABASE_UNAVAILABLE = { fr: frenchTypography(fr.errors.codes.DATABASE_UNAVAILABLE), en: en.errors.codes.DATABASE_UNAVAILABLE } as const;
const isPage = (response: FuzzResponse) => String(response.headers["content-type"]).startsWith("text/html");
/** Text as a page shows it, for comparing: entities read, every kind of space one space. */
const plainText = (html: string) =>
  html
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/[\s\u00a0\u202f]+/g, " ");

/**
 * Endpoints whose valid request needs no database while the session's signed copy is fresh:
 * the header's "who is signed in" and better-auth's own session read. Their lookups in the database
 * (the copy dropped) are held to the rule like everything else.
 */
const SERVED_FROM_THE_SIGNED_COPY = new Set(["GET /api/session", "GET /api/auth/get-session"]);

export async function checkWhileDown(ctx: FuzzContext, endpoints: readonly Endpoint[]): Promise<DownCheck[]> {
  const checks: DownCheck[] = [];
  const check = async (name: string, request: FuzzRequest, locale: "fr" | "en", servedWithoutDatabase = false) => {
    const response = await send(ctx.base, request, languageHeaders(locale));
    if (servedWithoutDatabase && response.status === 200) return checks.push({ name, answered: "200 (no query needed)", problems: [] });
    checks.push({ name, ...(await judge(ctx.base, request, response, locale)) });
  };
  for (const endpoint of endpoints) {
    const request = endpoint.valid(ctx);
    for (const locale of ["fr", "en"] as const) await check(`${endpoint.name} (${locale})`, request, locale, SERVED_FROM_THE_SIGNED_COPY.has(endpoint.name));
    const lookedUp = withoutCachedCopy(request);
    if (lookedUp) await check(`${endpoint.name}, session looked up`, lookedUp, "en");
  }
  for (const request of formPostsWithoutScript(ctx)) await check(request.label, request, "fr");
  for (const { path, cookie } of databasePages(ctx)) {
    const page: FuzzRequest = { method: "GET", path, headers: { cookie }, label: `page ${path}` };
    await check(page.label, page, localeOf(path));
    const lookedUp = withoutCachedCopy(page);
    if (lookedUp) await check(`${page.label}, session looked up`, lookedUp, localeOf(path));
  }
  return checks;
}

/** Once PostgreSQL is back: every page answers as it did before (no 5xx, not the 503 page). */
export async function checkPagesBack(ctx: FuzzContext): Promise<DownCheck[]> {
  const checks: DownCheck[] = [];
  for (const { path, cookie } of databasePages(ctx)) {
    const response = await send(ctx.base, { method: "GET", path, headers: { cookie }, label: path }, languageHeaders(localeOf(path)));
    const to = redirectOf(response);
    const problems = response.status >= 400 || to?.includes("/unavailable") ? [`answered ${response.status}${to ? ` → ${to}` : ""} with PostgreSQL back`] : [];
    checks.push({ name: `page ${path}, PostgreSQL back`, answered: String(response.status), problems });
  }
  return checks;
}

/** Waits until the app answers a request that needs the database again (its pool reconnects on its own). */
export async function waitUntilBack(ctx: FuzzContext, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await send(ctx.base, {
      method: "GET",
      path: `/api/attempts/current?article=${ctx.article}`,
      headers: { cookie: ctx.me.cookie },
      label: "is it back?",
    });
    if (response.status === 200) return;
    if (Date.now() > deadline) throw new Error(`the app did not recover within ${timeoutMs / 1000}s of PostgreSQL starting again (last: ${response.status})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
