import { randomInt } from "node:crypto";
import { generateJoinCode } from "@/lib/classes/codes";
import { nginxPath, startReverseProxy, type ReverseProxy } from "@/scripts/lib/reverse-proxy";
import { expect, openQuestionOf, storedAnswer, test, typeAndSave } from "./fixtures";
import { fetchFrom, postForm, scriptAddress } from "./scripted-forms";

/**
 * The reverse-proxy configuration docs/deploy.md ships (deploy/nginx/recits.conf), run by nginx
 * in front of the test server: TLS, compression, the prerendered pages and built assets from its
 * cache and nothing else, and the client's address as nginx saw it, whatever the client wrote.
 * .ci/run installs nginx; elsewhere, without it, these tests are skipped with that reason.
 */

test.describe.configure({ mode: "serial" });
test.skip(!nginxPath() && !process.env.CI, "nginx is not installed (apt-get install nginx)");

let proxy: ReverseProxy;

test.beforeAll(async ({ baseURL }) => {
  proxy = await startReverseProxy({ upstreams: [new URL(baseURL!).host] });
});
test.afterAll(async () => {
  await proxy?.stop();
});

test("over HTTPS: a reader page comes from the proxy's cache, compressed, with HSTS and its own policy; a page rendered per request never does", async ({
  playwright,
}) => {
  const { article } = await openQuestionOf(2);
  const client = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  const reader = `${proxy.https}/fr/articles/${article.slug}`;
  const first = await client.get(reader, { headers: { "accept-encoding": "gzip" } });
  const second = await client.get(reader, { headers: { "accept-encoding": "gzip" } });
  expect(first.status()).toBe(200);
  expect(second.headers()["x-cache-status"]).toBe("HIT");
  expect(second.headers()["content-encoding"]).toBe("gzip");
  expect(second.headers()["strict-transport-security"]).toBe("max-age=63072000");
  expect(second.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  expect(second.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
  expect(await second.text()).toBe(await first.text());

  for (let index = 0; index < 2; index++) {
    const signIn = await client.get(`${proxy.https}/fr/sign-in`);
    expect(signIn.status()).toBe(200);
    expect(signIn.headers()["x-cache-status"]).not.toBe("HIT");
    expect(signIn.headers()["content-security-policy"]).toMatch(/'nonce-/);
  }
  const router = await client.get(reader, { headers: { rsc: "1" } });
  expect(router.headers()["content-type"]).toContain("text/x-component");
  expect(router.headers()["x-cache-status"]).not.toBe("HIT");
  await client.dispose();
});

test("built scripts come from the proxy's cache; plain HTTP is sent to HTTPS", async ({ playwright }) => {
  const client = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  const page = await (await client.get(`${proxy.https}/fr`)).text();
  const script = /<script src="(\/_next\/static\/[^"]+)"/.exec(page)![1]!;
  await client.get(`${proxy.https}${script}`);
  const cached = await client.get(`${proxy.https}${script}`, { headers: { "accept-encoding": "gzip" } });
  expect(cached.headers()["x-cache-status"]).toBe("HIT");
  expect(cached.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(cached.headers()["content-encoding"]).toBe("gzip");
  const redirect = await client.get(`${proxy.redirect}/fr?x=1`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()["location"]).toMatch(/^https:\/\/127\.0\.0\.1(:\d+)?\/fr\?x=1$/);
  await client.dispose();
});

test("a learner's answer is saved through the proxy over HTTPS, with a Secure session cookie", async ({ browser, db }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const { article, question } = await openQuestionOf(1);
  await page.goto(`${proxy.https}/fr/articles/${article.slug}`);
  const text = "Enregistré à travers le proxy, en HTTPS.";
  const { attemptId } = await typeAndSave(page, question.key, text);
  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text } });
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("better-auth.session_token"));
  expect(session?.name).toBe("__Secure-better-auth.session_token");
  expect(session?.secure).toBe(true);
  await context.close();
});

test("what a client writes in X-Forwarded-For does not reach the app: a script guessing codes through the proxy is turned away", async () => {
  // From an address of its own, so that the other tests' joins from 127.0.0.1 are not counted with these.
  const send = fetchFrom(`127.0.${randomInt(1, 255)}.${randomInt(2, 255)}`);
  const answers: string[] = [];
  for (let index = 0; index < 32; index++) {
    // A new forged address each time: behind the proxy, each is replaced by the one nginx saw.
    answers.push(
      await postForm(
        proxy.http,
        "/fr/join",
        { code: generateJoinCode(), name: `Robot ${index}`, password: "tigre-nuage-pomme-vent", locale: "fr" },
        { "x-forwarded-for": scriptAddress() },
        send,
      ),
    );
  }
  expect(answers.slice(0, 30)).toEqual(Array(30).fill(expect.stringContaining("Aucune classe n'a ce code")));
  expect(answers.slice(30)).toEqual(Array(2).fill(expect.stringContaining("Trop d'essais depuis ce réseau")));
});
