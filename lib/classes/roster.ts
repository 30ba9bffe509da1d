import { CLASSES } from "@/lib/config";
import { lookalikeKey } from "./lookalikes";
import { cleanName, nameFault, nameMatchKey, type NameFault } from "./names";

/**
 * A pasted class list, read entry by entry before anyone is created: every problem is named at
 * once, with its line, in words for the teacher, and the valid entries can be created while the
 * others wait in the box. Pure (unit-tested); server-side, as the lookalike table is
 * (./lookalikes.ts), while the form imports its types only.
 */

export type RosterEntry = { line: number; name: string };

export type RosterProblem =
  /** Not a first name or nickname the app accepts. */
  | { kind: "invalid"; line: number; name: string; fault: NameFault }
  /** The same name (ignoring case, accents, spaces and punctuation), or names that look alike, on several lines. */
  | { kind: "repeated"; lines: number[]; name: string }
  /** A student of the class already has this name. */
  | { kind: "inClass"; line: number; name: string; existing: string }
  /** A student of the class has a name this one looks just like, without being the same (./lookalikes.ts). */
  | { kind: "lookalike"; line: number; name: string; existing: string }
  /** Past the most one paste creates. */
  | { kind: "overLimit"; lines: number[]; max: number };

export type RosterCheck = { valid: RosterEntry[]; problems: RosterProblem[]; waiting: RosterEntry[] };

/** One entry per name, numbered by the line it is on (a line may hold several, separated by commas or semicolons). */
export function rosterEntries(text: string): RosterEntry[] {
  return text.split(/\r\n|\r|\n/u).flatMap((lineText, index) =>
    lineText
      .split(/[,;]+/u)
      .map(cleanName)
      .filter((name) => name.length > 0)
      .map((name) => ({ line: index + 1, name })),
  );
}

/**
 * Sorts the entries into those that can be created now and the problems, given the names the class
 * already has. The first `max` acceptable entries are valid; acceptable entries past them wait.
 */
export function checkRoster(entries: readonly RosterEntry[], existingNames: readonly string[], max: number = CLASSES.maxNamesPerPaste): RosterCheck {
  const problems: RosterProblem[] = [];
  const existing = new Map(existingNames.map((name) => [nameMatchKey(name), name]));
  const existingLookalikes = new Map(existingNames.map((name) => [lookalikeKey(name), name]));
  // Lines are grouped by look: two lines that look the same are the same name written twice.
  const linesByKey = new Map<string, RosterEntry[]>();
  for (const entry of entries) {
    if (nameFault(entry.name)) continue;
    const key = lookalikeKey(entry.name);
    linesByKey.set(key, [...(linesByKey.get(key) ?? []), entry]);
  }
  const acceptable: RosterEntry[] = [];
  const reported = new Set<string>();
  for (const entry of entries) {
    const fault = nameFault(entry.name);
    if (fault) {
      problems.push({ kind: "invalid", line: entry.line, name: entry.name, fault });
      continue;
    }
    const key = lookalikeKey(entry.name);
    const inClass = existing.get(nameMatchKey(entry.name));
    const lookalike = existingLookalikes.get(key);
    const same = linesByKey.get(key) ?? [];
    if (inClass !== undefined) problems.push({ kind: "inClass", line: entry.line, name: entry.name, existing: inClass });
    else if (lookalike !== undefined) problems.push({ kind: "lookalike", line: entry.line, name: entry.name, existing: lookalike });
    else if (same.length > 1) {
      if (!reported.has(key)) problems.push({ kind: "repeated", lines: same.map((other) => other.line), name: entry.name });
      reported.add(key);
    } else acceptable.push(entry);
  }
  const valid = acceptable.slice(0, max);
  const waiting = acceptable.slice(max);
  if (waiting.length > 0) problems.push({ kind: "overLimit", lines: waiting.map((entry) => entry.line), max });
  problems.sort((a, b) => firstLine(a) - firstLine(b));
  return { valid, problems, waiting };
}

const firstLine = (problem: RosterProblem) => ("line" in problem ? problem.line : problem.lines[0]!);

/** What stays in the box once the valid entries are created: the problem lines, in their order. */
export function remainingText(entries: readonly RosterEntry[], created: readonly RosterEntry[]): string {
  const done = new Set(created);
  return entries
    .filter((entry) => !done.has(entry))
    .map((entry) => entry.name)
    .join("\n");
}
