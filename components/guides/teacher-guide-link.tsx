"use client";

import { useSignedIn } from "@/components/layout/use-signed-in";

/**
 * The reader's way to an article's guide, for a signed-in teacher only. The reader is prerendered
 * and the same for everyone: the link is not in its HTML, and appears once the browser knows a
 * teacher is reading. Everyone else gets nothing (the guide's page refuses them anyway).
 */
export function TeacherGuideLink({ href, label }: Readonly<{ href: string; label: string }>) {
  const who = useSignedIn();
  if (who?.role !== "teacher") return null;
  return (
    <a href={href} className="text-sm text-accent underline underline-offset-4">
      {label}
    </a>
  );
}
