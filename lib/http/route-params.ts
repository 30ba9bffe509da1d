import "server-only";
import { contentKeySchema } from "@/lib/content/schemas";
import { isId } from "@/lib/ids";
import { notFound } from "./not-found";

/**
 * A page's dynamic segments, checked once where the page reads its address. The app names records
 * by id (a segment called `…Id`: lib/ids.ts) and content by key (`…Key`: kebab-case); a segment
 * that is neither names nothing and reads as "not found" before any query. Such a segment could
 * otherwise carry what PostgreSQL refuses outright (an encoded U+0000), which failed the query and
 * answered 500. Taken as Next.js gives them, never decoded again: ids and keys need no escaping.
 */
export async function routeParams<Params extends { locale: string }>(params: Promise<Params>): Promise<Params> {
  const read = await params;
  for (const [name, value] of Object.entries(read)) {
    const valid = name.endsWith("Id") ? isId(value) : name.endsWith("Key") ? contentKeySchema.safeParse(value).success : true;
    if (!valid) notFound(read.locale);
  }
  return read;
}
