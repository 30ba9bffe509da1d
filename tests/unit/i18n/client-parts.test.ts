import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_PARTS, pickClientMessages } from "@/i18n/client-parts";
import fr from "@/messages/fr.json";

/**
 * Client components get only the strings listed in i18n/client-parts.ts. A key a client component
 * uses but no part lists would show as a missing message in the browser: found here instead, by
 * reading every client component's useTranslations namespaces and the literal keys it asks for.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `namespace.key` for every literal key a client component reads, and the namespaces it reads whole. */
function keysUsed(source: string): { keys: string[]; dynamic: string[] } {
  const translators = [...source.matchAll(/const (\w+) = useTranslations\("([^"]+)"\)/g)].map(([, name, namespace]) => [name!, namespace!] as const);
  const keys: string[] = [];
  const dynamic: string[] = [];
  for (const [name, namespace] of translators) {
    for (const [, key] of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.has)?\\("([^"]+)"`, "g"))) keys.push(`${namespace}.${key}`);
    if (new RegExp(`\\b${name}(?:\\.rich|\\.has)?\\((?!")`).test(source)) dynamic.push(namespace);
  }
  return { keys, dynamic };
}

const listed = new Set(
  Object.values(CLIENT_PARTS).flatMap((part) =>
    Object.entries(part).flatMap(([namespace, keys]) => (keys === "all" ? [namespace] : (keys as readonly string[]).map((key) => `${namespace}.${key}`))),
  ),
);
const isListed = (dotted: string) => [...listed].some((entry) => dotted === entry || dotted.startsWith(`${entry}.`));

const clientComponents = [...sourceFiles(path.join(ROOT, "components")), ...sourceFiles(path.join(ROOT, "app"))].filter((file) =>
  readFileSync(file, "utf8").startsWith('"use client"'),
);

describe("client message parts", () => {
  it.each(clientComponents.map((file) => [path.relative(ROOT, file), file]))("%s reads only listed strings", (_name, file) => {
    const { keys, dynamic } = keysUsed(readFileSync(file, "utf8"));
    for (const key of keys) expect(isListed(key), key).toBe(true);
    // A key computed at run time can only be checked if its whole namespace is listed.
    for (const namespace of dynamic) expect(isListed(namespace), `${namespace} (a computed key)`).toBe(true);
  });

  it("lists only keys the French catalogue has", () => {
    for (const entry of listed) {
      const value = entry.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], fr);
      expect(value, entry).toBeDefined();
    }
  });

  it("finds a key no part lists (the check can fail)", () => {
    const { keys } = keysUsed('const t = useTranslations("questions");\nt("guestNote");');
    expect(keys).toEqual(["questions.guestNote"]);
    expect(isListed(keys[0]!)).toBe(false);
  });

  it("gives a part its listed keys and nothing else", () => {
    const site = pickClientMessages(fr, "site");
    expect(Object.keys(site).sort()).toEqual(["errors", "layout"]);
    expect(site.errors).not.toHaveProperty("codes");
    expect(site.layout).toEqual({
      switchTo: fr.layout.switchTo,
      signIn: fr.layout.signIn,
      signedInTeacher: fr.layout.signedInTeacher,
      signedInStudent: fr.layout.signedInStudent,
    });
  });
});
