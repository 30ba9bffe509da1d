import { contentPromise, expect, test } from "./fixtures";

/**
 * Next.js serves the prerendered pages and the built assets itself, compressed (gzip; Brotli and
 * caching are the reverse proxy's, docs/deploy.md), and the router's own requests for the same
 * address get the React payload. Read over HTTP as a browser and as the router ask.
 */

const content = await contentPromise;
const reader = `/fr/articles/${content.articles[1]!.slug}`;

test("a reader page comes compressed, with an entity tag that spares a second download", async ({ request }) => {
  const gzip = await request.get(reader, { headers: { "accept-encoding": "gzip, deflate, br" } });
  expect(gzip.status()).toBe(200);
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(gzip.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(gzip.headers()["vary"]).toContain("Accept-Encoding");
  expect(await gzip.text()).toContain(content.articles[1]!.blocks.find((block) => block.kind === "paragraph")!.text.slice(0, 60));

  const plain = await request.get(reader, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toBe(await gzip.text());

  const again = await request.get(reader, { headers: { "accept-encoding": "gzip", "if-none-match": gzip.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});

test("the router's request for the same address gets the React payload from Next.js", async ({ request }) => {
  const payload = await request.get(reader, { headers: { rsc: "1" } });
  expect(payload.status()).toBe(200);
  expect(payload.headers()["content-type"]).toContain("text/x-component");
});

test("built scripts come compressed and cached for a year; nothing outside the build is reachable", async ({ page, request }) => {
  await page.goto(reader);
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  const asset = await request.get(script!, { headers: { "accept-encoding": "gzip" } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()["content-encoding"]).toBe("gzip");
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get("/_next/static/../../package.json")).status()).toBe(404);
  expect((await request.get("/_next/static/chunks/not-built.js")).status()).toBe(404);
});

test("a page reached by the app's own navigation keeps its text (the markup sent only as HTML)", async ({ page }) => {
  const article = content.articles[3]!;
  await page.goto("/fr");
  await page.locator(`main a[href="/fr/articles/${article.slug}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/fr/articles/${article.slug}$`));
  const block = article.blocks.find((candidate) => candidate.kind === "paragraph")!;
  const text = page.locator(`[data-text="${block.id}"]`);
  await expect(text).toBeVisible();
  expect(await text.evaluate((node) => node.textContent)).toBe(block.text);
  await page.goBack();
  await page.goForward();
  await expect(text).toBeVisible();
  expect(await text.evaluate((node) => node.textContent)).toBe(block.text);
});
