import { CLASSES } from "@/lib/config";
import { cleanName, isValidStudentName, nameMatchKey, STUDENT_NAME_MAX } from "./names";

/**
 * A pasted class list, read entry by entry before anyone is created: every problem is named at
 * once, with its line, in words for the teacher, and the valid entries can be created while the
 * others wait in the box. Pure and client-safe (unit-tested).
 */

export type RosterEntry = { line: number; name: string };

export type NameFault = "email" | "tooLong" | "noLetter" | "control";

export type RosterProblem =
  /** Not a first name or nickname the app accepts. */
  | { kind: "invalid"; line: number; name: string; fault: NameFault }
  /** The same name (ignoring case, accents, spaces and punctuation) on several lines. */
  | { kind: "repeated"; lines: number[]; name: string }
  /** A student of the class already has this name. */
  | { kind: "inClass"; line: number; name: string; existing: string }
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

export function nameFault(name: string): NameFault | null {
  if (isValidStudentName(name)) return null;
  const clean = cleanName(name);
  if (clean.includes("@")) return "email";
  if (clean.length > STUDENT_NAME_MAX) return "tooLong";
  if (/\p{Cc}/u.test(clean)) return "control";
  return "noLetter";
}

/**
 * Sorts the entries into those that can be created now and the problems, given the names the class
 * already has. The first `max` acceptable entries are valid; acceptable entries past them wait.
 */
export function checkRoster(entries: readonly RosterEntry[], existingNames: readonly string[], max: number = CLASSES.maxNamesPerPaste): RosterCheck {
  const problems: RosterProblem[] = [];
  const existing = new Map(existingNames.map((name) => [nameMatchKey(name), name]));
  const linesByKey = new Map<string, RosterEntry[]>();
  for (const entry of entries) {
    if (nameFault(entry.name)) continue;
    const key = nameMatchKey(entry.name);
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
    const key = nameMatchKey(entry.name);
    const inClass = existing.get(key);
    const same = linesByKey.get(key) ?? [];
    if (inClass !== undefined) problems.push({ kind: "inClass", line: entry.line, name: entry.name, existing: inClass });
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
