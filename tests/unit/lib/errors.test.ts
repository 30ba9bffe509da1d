import { describe, expect, it } from "vitest";
import { AppError, isDatabaseUnavailable, unexpectedError } from "@/lib/errors";

/**
 * While PostgreSQL restarts, a save is answered 503 DATABASE_UNAVAILABLE (retried by the learner's
 * autosave, with a message that says nothing was lost), not 500 INTERNAL. The shapes are those
 * node-postgres and Prisma's adapter throw (seen against a closed port and a restarting server).
 */
describe("isDatabaseUnavailable", () => {
  const cases: Array<[string, unknown, boolean]> = [
    ["node-postgres, connection refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), true],
    ["PostgreSQL shutting down (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }), true],
    ["PostgreSQL starting up (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" }), true],
    ["a connection dropped mid-query", new Error("Connection terminated unexpectedly"), true],
    ["Prisma, server not reachable", Object.assign(new Error("Can't reach database server at 127.0.0.1:1"), { code: "P1001" }), true],
    [
      "Prisma's adapter, connection closed",
      Object.assign(new Error("query failed"), {
        code: "P2010",
        meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } } },
      }),
      true,
    ],
    ["wrapped as the cause of another error", new Error("saving failed", { cause: Object.assign(new Error("x"), { code: "08006" }) }), true],
    ["a unique violation (a query's fault)", Object.assign(new Error("duplicate key value"), { code: "23505" }), false],
    ["a value PostgreSQL refuses", Object.assign(new Error("invalid byte sequence for encoding"), { code: "22021" }), false],
    ["an error of the app", new AppError("NOT_FOUND"), false],
    ["anything else", new Error("boom"), false],
    ["not an error", "ECONNREFUSED", false],
  ];
  for (const [name, error, expected] of cases) {
    it(`${expected ? "is" : "is not"} unavailability: ${name}`, () => expect(isDatabaseUnavailable(error)).toBe(expected));
  }

  it("turns into a 503 with its own code, anything else into a 500", () => {
    expect(unexpectedError(Object.assign(new Error("x"), { code: "57P01" }))).toMatchObject({ code: "DATABASE_UNAVAILABLE", status: 503 });
    expect(unexpectedError(new Error("boom"))).toMatchObject({ code: "INTERNAL", status: 500 });
  });
});
