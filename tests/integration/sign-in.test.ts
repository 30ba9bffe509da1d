import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { getOrCreateViewer } from "@/lib/auth/session";
import { studentEmail } from "@/lib/classes/students";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createClassWithStudents, createTeacher, newSaveId } from "../support/factories";

/**
 * Signing in and up through better-auth's own endpoints, as the server actions do: students by
 * their placeholder address, teachers by theirs; the PostgreSQL rate limiter per client address;
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

  it("is limited per client address (better-auth's limiter in PostgreSQL), whatever the account", async () => {
    const address = newAddress();
    const limit = env().SIGN_INS_PER_MINUTE;
    const statuses: number[] = [];
    for (let batch = 0; batch < Math.ceil((limit + 5) / 10); batch += 1) {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => callAuthEndpoint(headersFrom(address), "/sign-in/email", { email: "nobody@students.invalid", password: "whatever-1" })),
      );
      statuses.push(...results.map((result) => result.status));
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(await db().rateLimit.count({ where: { key: { startsWith: `${address}|` } } })).toBeGreaterThan(0);
    const elsewhere = await callAuthEndpoint(headersFrom(newAddress()), "/sign-in/email", { email: "nobody@students.invalid", password: "whatever-1" });
    expect(elsewhere.status).toBe(401);
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

    const signedIn = await callAuthEndpoint(headersFrom(address, cookieOf(guest.setCookie)), "/sign-in/email", { email: studentEmail(student.id), password: student.password }, { withSession: true });
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
    const again = await callAuthEndpoint(headersFrom(newAddress()), "/sign-up/email", { name: "x", email, password: "long-enough-1" });
    expect((again.body as { code?: string }).code).toBe("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
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
