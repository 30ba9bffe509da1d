import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { getOrCreateViewer } from "@/lib/auth/session";
import { studentEmail } from "@/lib/classes/students";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { createClassWithStudents, createTeacher, newSaveId } from "../support/factories";

/**
 * Signing in and up through better-auth's own endpoints, as the server actions do: students by
 * their placeholder address, teachers by theirs (their limits: abuse-limits.test.ts);
 * a guest's self-study moving into the account; the guards on sign-up and renaming.
 */

const newAddress = () => `203.0.113.${randomInt(1, 255)}`;
const headersFrom = (address: string, cookie?: string) =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": address, "x-forwarded-proto": "http", ...(cookie ? { cookie } : {}) });
const cookieOf = (setCookie: string[]) => setCookie.map((cookie) => cookie.split(";")[0]).join("; ");

describe("signing in", () => {
  it("works for a student with the class's placeholder address and their password, and for a teacher", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const student = cls.students[0]!;
    const asStudent = await callAuthEndpoint(headersFrom(newAddress()), "/sign-in/email", { email: studentEmail(student.id), password: student.password });
    expect(asStudent.status).toBe(200);
    expect(asStudent.setCookie.some((cookie) => cookie.startsWith("better-auth.session_token="))).toBe(true);
    const wrong = await callAuthEndpoint(headersFrom(newAddress()), "/sign-in/email", { email: studentEmail(student.id), password: "not-the-one" });
    expect(wrong.status).toBe(401);
    const asTeacher = await callAuthEndpoint(headersFrom(newAddress()), "/sign-in/email", { email: cls.teacher.email, password: cls.teacher.password });
    expect(asTeacher.status).toBe(200);
  });

  it("moves a guest's self-study into the account signed in, then deletes the guest", async () => {
    const content = await getContent();
    const slug = content.articles[0]!.slug;
    const question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
    const address = newAddress();
    const guest = await getOrCreateViewer(headersFrom(address));
    const saved = await saveAnswer({ article: slug, question, value: { text: "en invité" }, baseRevision: 0, saveId: newSaveId() }, async () => guest.viewer);
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const student = cls.students[0]!;
    await saveAnswer({ article: slug, question, value: { text: "déjà à moi" }, baseRevision: 0, saveId: newSaveId() }, async () => student);

    const signedIn = await callAuthEndpoint(
      headersFrom(address, cookieOf(guest.setCookie)),
      "/sign-in/email",
      { email: studentEmail(student.id), password: student.password },
      { withSession: true },
    );
    expect(signedIn.status).toBe(200);
    const moved = await db().attempt.findUniqueOrThrow({ where: { id: saved.attemptId } });
    expect(moved).toMatchObject({ userId: student.id, number: 2 });
    expect(await db().user.findUnique({ where: { id: guest.viewer.id } })).toBeNull();
  });
});

describe("signing up", () => {
  it("makes a teacher, and refuses the reserved placeholder domains", async () => {
    const email = `new-${randomInt(1e9)}@example.org`;
    const made = await callAuthEndpoint(headersFrom(newAddress()), "/sign-up/email", { name: "Mme Durand", email, password: "long-enough-1" });
    expect(made.status).toBe(200);
    expect(await db().user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "TEACHER" });
    for (const reserved of ["x@students.invalid", "y@guest.invalid"]) {
      const refused = await callAuthEndpoint(headersFrom(newAddress()), "/sign-up/email", { name: "x", email: reserved, password: "long-enough-1" });
      expect(refused.status).toBe(400);
      expect(await db().user.findUnique({ where: { email: reserved } })).toBeNull();
    }
    // A taken address is answered as a new one (no session either way): the app signs in apart.
    const again = await callAuthEndpoint(headersFrom(newAddress()), "/sign-up/email", { name: "x", email, password: "long-enough-1" });
    expect(again.status).toBe(made.status);
    expect(again.setCookie.filter((cookie) => cookie.includes("session_token="))).toEqual([]);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("lets no one rename themselves through better-auth", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const student = cls.students[0]!;
    const address = newAddress();
    const session = await callAuthEndpoint(headersFrom(address), "/sign-in/email", { email: studentEmail(student.id), password: student.password });
    const renamed = await callAuthEndpoint(headersFrom(address, cookieOf(session.setCookie)), "/update-user", { name: "Autre" }, { withSession: true });
    expect(renamed.status).toBe(403);
    expect((await db().user.findUniqueOrThrow({ where: { id: student.id } })).name).toBe("Léa");
    const teacher = await createTeacher();
    expect((await db().user.findUniqueOrThrow({ where: { id: teacher.id } })).role).toBe("TEACHER");
  });
});
