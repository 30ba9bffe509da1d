"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { assignmentPath } from "@/lib/review/paths";

const TABS = [
  { key: "progress", path: "" },
  { key: "byQuestion", path: "/questions" },
  { key: "byStudent", path: "/students" },
  { key: "charts", path: "/charts" },
  { key: "export", path: "/export" },
] as const;

/** The assignment's screens, the current one marked for screen readers and by its underline. */
export function AssignmentTabs({ classId, assignmentId }: Readonly<{ classId: string; assignmentId: string }>) {
  const t = useTranslations("review");
  const pathname = usePathname();
  const base = assignmentPath(classId, assignmentId);
  const current = TABS.findLast((tab) => (tab.path === "" ? pathname === base : pathname.startsWith(`${base}${tab.path}`)))?.key;
  return (
    <nav aria-label={t("tabsLabel")} className="mt-4 border-b border-line">
      <ul className="flex flex-wrap gap-x-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={`${base}${tab.path}`}
              aria-current={current === tab.key ? "page" : undefined}
              className={`inline-block border-b-4 px-3 py-2 font-medium no-underline ${current === tab.key ? "border-accent text-ink" : "border-transparent text-link hover:border-line"}`}
            >
              {t(`tabs.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
