"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import type { KeyboardEvent, ReactNode } from "react";
import { Link, useRouter } from "@/i18n/navigation";

import { SidePanel, type PanelId } from "./side-panel";

type Tab = { id: PanelId; label: string; href: string };

/**
 * The side panel's tabs on a laptop. Each tab is a route (…/articles/x, …/claims, …/background), so
 * tabs work without JavaScript and claims and background are fetched only when asked for. The
 * questions live in the shared layout: switching tabs never unmounts an answer being typed.
 * Below the lg breakpoint every panel is shown, stacked, and the tabs are hidden.
 */
export function ReaderTabs({ tabs, label, questions, children }: Readonly<{ tabs: readonly Tab[]; label: string; questions: ReactNode; children: ReactNode }>) {
  const segment = useSelectedLayoutSegment();
  const active: PanelId = segment === "background" || segment === "claims" ? segment : "questions";
  const router = useRouter();

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const next = step ? tabs[(index + step + tabs.length) % tabs.length] : undefined;
    if (!next) return;
    event.preventDefault();
    router.replace(next.href, { scroll: false });
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={label} className="mb-4 hidden gap-1 border-b border-line lg:flex">
        {tabs.map((tab, index) => {
          const selected = tab.id === active;
          return (
            <Link
              key={tab.id}
              id={`tab-${tab.id}`}
              role="tab"
              href={tab.href}
              replace
              scroll={false}
              aria-selected={selected}
              aria-controls={`panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onKeyDown={(event) => onKeyDown(event, index)}
              className="tab"
            >
              {tab.label}
            </Link>
          );
        })}
      </div>
      <SidePanel id="questions" active={active === "questions"}>
        {questions}
      </SidePanel>
      {children}
    </>
  );
}
