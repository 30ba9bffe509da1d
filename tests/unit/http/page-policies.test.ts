import { describe, expect, it } from "vitest";
import { pagePolicyFor } from "@/lib/http/page-policies";
import { DISPLAY_SCRIPT_HASH } from "@/lib/http/security-headers";

describe("the one place that decides a page's Content-Security-Policy", () => {
  const table = { "/fr/articles/a": ["sha256-abc", "sha256-def"] };

  it("a page of the build's table: its scripts' hashes, no nonce", () => {
    const policy = pagePolicyFor(table, { pathname: "/fr/articles/a", nonce: "n0nce", secure: false, development: false });
    expect(policy).toContain(`script-src 'self' '${DISPLAY_SCRIPT_HASH}' 'sha256-abc' 'sha256-def';`);
    expect(policy).not.toContain("nonce");
  });

  it("any other page: this request's nonce, trusted onwards", () => {
    const policy = pagePolicyFor(table, { pathname: "/fr/my-work", nonce: "n0nce", secure: true, development: false });
    expect(policy).toContain("'nonce-n0nce' 'strict-dynamic'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("in development every page is rendered per request, whatever a previous build's table says", () => {
    const policy = pagePolicyFor(table, { pathname: "/fr/articles/a", nonce: "n0nce", secure: false, development: true });
    expect(policy).toContain("'nonce-n0nce' 'strict-dynamic' 'unsafe-eval'");
  });
});
