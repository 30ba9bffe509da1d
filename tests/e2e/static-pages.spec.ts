import { contentPromise, expect, test } from "./fixtures";

/**
 * The production server serves the prerendered pages from memory, compressed once, before
 * Next.js (server/static-pages.ts); the router's own requests for the same address still reach
 * Next.js. Read over HTTP as a browser and as the router ask.
 */

const content = await contentPromise;
const reader = `/fr/articles/${content.articles[1]!.slug}`;

test("a reader page comes compressed as the browser asks, with an entity tag that spares a second download", async ({ request }) => {
  const brotli = await request.get(reader, { headers: { "accept-encoding": "gzip, deflate, br" } });
  expect(brotli.status()).toBe(200);
  expect(brotli.headers()["content-encoding"]).toBe("br");
  expect(brotli.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(brotli.headers()["vary"]).toContain("Accept-Encoding");
  expect(await brotli.text()).toContain(content.articles[1]!.blocks.find((block) => block.kind === "paragraph")!.text.slice(0, 60));

  const gzip = await request.get(reader, { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(await gzip.text()).toBe(await brotli.text());

  const again = await request.get(reader, { headers: { "accept-encoding": "gzip, deflate, br", "if-none-match": brotli.headers()["etag"]! } });
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
  const asset = await request.get(script!, { headers: { "accept-encoding": "br" } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()["content-encoding"]).toBe("br");
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
