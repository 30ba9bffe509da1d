import { createHash } from "node:crypto";

/**
 * "Élève 7": the number a student goes by in one assignment when names are hidden (projection,
 * blind review, the pseudonymised export), the same on every screen and file. It is drawn from the
 * assignment and the student, not from the roll call or from who arrived first, so it gives nobody
 * away, and screens that sort by it show the class in no telling order.
 *
 * Each student gets 1 + hash(assignment, student) mod 99, or the next free number when another
 * student has it. Students are placed in the order they joined, so one who joins later never
 * moves an earlier one; only a student who was moved along by one who leaves can change (rare:
 * both must have drawn the same number). A class past 99 students goes on at 100.
 */

const SLOTS = 99;

type Student = { id: string; joinedAt: string | Date };

const draw = (assignmentId: string, studentId: string) => createHash("sha256").update(`${assignmentId}:${studentId}`).digest().readUInt32BE(0) % SLOTS;
const time = (student: Student) => new Date(student.joinedAt).getTime();

export function pseudonymNumbers(assignmentId: string, students: readonly Student[]): Map<string, number> {
  const ordered = [...students].sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<number>();
  const numbers = new Map<string, number>();
  for (const student of ordered) {
    const start = draw(assignmentId, student.id);
    let probe = 0;
    const candidate = () => (probe < SLOTS ? ((start + probe) % SLOTS) + 1 : probe + 1);
    while (taken.has(candidate())) probe += 1;
    taken.add(candidate());
    numbers.set(student.id, candidate());
  }
  return numbers;
}
