import type { ReactNode } from "react";
import { AssignmentTabs } from "@/components/review/assignment-tabs";
import { ClientMessages } from "@/i18n/client-messages";

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

/**
 * An assignment's screens: progress, by question, by student, charts, export. No query here: each
 * page reads what it shows in one statement, and answers "not found" for anyone but the class's
 * teacher (the tabs only repeat the address). Wider than the teacher's other pages: a 35 × 12 grid
 * and answers side by side need the room on a projector.
 */
export default async function AssignmentLayout({ children, params }: Props) {
  const { classId, assignmentId } = await params;
  return (
    <ClientMessages part="review">
      <div className="relative left-1/2 w-[min(100vw-2rem,90rem)] -translate-x-1/2 print:static print:w-auto print:translate-x-0">
        <AssignmentTabs classId={classId} assignmentId={assignmentId} />
        {children}
      </div>
    </ClientMessages>
  );
}
