/** A bare route handler reading a JSON body and answering JSON: what a save costs Next.js before any code of the app. */
export async function POST(request) {
  const body = await request.json();
  return Response.json({ ok: true, revision: typeof body.baseRevision === "number" ? body.baseRevision + 1 : 1 });
}
