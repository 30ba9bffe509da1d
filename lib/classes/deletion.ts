import { PLACEHOLDER_EMAIL_DOMAINS } from "@/lib/config";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Deletes a class with its assignments and all work done for them (the schema's cascades), and
 * the accounts of its students that no other class has (a student account exists only through a
 * class: it cannot sign in without one). Unscoped: callers check who may, inside their transaction.
 */
export async function deleteClassAndStudents(tx: Prisma.TransactionClient, classId: string): Promise<number> {
  const { count } = await tx.user.deleteMany({
    where: {
      email: { endsWith: `@${PLACEHOLDER_EMAIL_DOMAINS.students}` },
      enrolments: { some: { classId }, every: { classId } },
    },
  });
  await tx.class.delete({ where: { id: classId } });
  return count;
}
