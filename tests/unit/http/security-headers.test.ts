import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DisplayScript } from "@/components/display/display-script";
import { DISPLAY_SCRIPT_HASH, hashPolicy, inlineScriptHashes, noncePolicy } from "@/lib/http/security-headers";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("page policies", () => {
  it("hashes each inline script once, and no script file", () => {
    const html = `<script src="/_next/static/a.js" async=""></script><script>self.__next_f=[]</script><script id="_R_">x()</script><script>self.__next_f=[]</script><script></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=[]"), sha("x()")]);
  });

  it("a static page's policy allows its own hashes and files, never inline code at large", () => {
    const policy = hashPolicy(["sha256-abc"], false);
    expect(policy).toContain(`script-src 'self' '${DISPLAY_SCRIPT_HASH}' 'sha256-abc'`);
    expect(policy).not.toContain("'unsafe-inline' ");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(hashPolicy([], true)).toContain("upgrade-insecure-requests");
  });

  it("a dynamic page's policy trusts the nonce and what it loads; eval only in development", () => {
    expect(noncePolicy("n0", false)).toContain(`script-src 'self' '${DISPLAY_SCRIPT_HASH}' 'nonce-n0' 'strict-dynamic';`);
    expect(noncePolicy("n0", false)).not.toContain("unsafe-eval");
    expect(noncePolicy("n0", false, true)).toContain("'unsafe-eval'");
    for (const required of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
      expect(noncePolicy("n0", true)).toContain(required);
  });

  it("every page's policy allows the display script the layout renders in <head>, by its hash", () => {
    const rendered = inlineScriptHashes(renderToStaticMarkup(createElement(DisplayScript)));
    expect(rendered).toHaveLength(1);
    const [hash] = rendered;
    expect(hash).toBe(DISPLAY_SCRIPT_HASH);
    for (const policy of [noncePolicy("n0", false), noncePolicy("n0", true, true), hashPolicy([], false), hashPolicy([hash!, "sha256-abc"], true)]) {
      const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
      expect(scriptSrc?.split(" ")).toContain(`'${hash!}'`);
      expect(policy.split(`'${hash!}'`)).toHaveLength(2);
    }
  });
});
