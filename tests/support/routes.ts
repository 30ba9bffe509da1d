/**
 * Calls an App Router route module (app/api/…/route.ts) as Next.js does: the handler of the
 * request's method, given a web Request and the address's dynamic segments.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

export async function callRoute(route: RouteModule, url: string, init: RequestInit = {}, params: Record<string, string> = {}): Promise<Response> {
  const request = new Request(url, init);
  const handler = route[request.method as keyof RouteModule];
  if (!handler) throw new Error(`the route has no ${request.method} handler`);
  return handler(request, { params: Promise.resolve(params) });
}
