import { unavailableResponse } from "@/lib/http/unavailable";

type Context = Readonly<{ params: Promise<{ locale: string }> }>;

/** /[locale]/unavailable?from=<path> — the 503 page a page sends its visitor to while PostgreSQL cannot be reached (lib/http/unavailable.ts). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return unavailableResponse((await params).locale, new URL(request.url).searchParams.get("from"));
}
