import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CompareNav, type CompareSection } from "./compare-nav";

type Section = Exclude<CompareSection, "exercise">;

/** A comparison page: the section tabs, then the section's title, its introduction and its content. */
export async function ComparePage({ section, width, children }: Readonly<{ section: Section; width: string; children: ReactNode }>) {
  const t = await getTranslations("compare");
  return (
    <>
      <CompareNav current={section} />
      <div className={`mx-auto ${width} px-4 py-6`}>
        <h1 className="font-serif text-3xl font-semibold">{t(`${section}Title`)}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed">{t(`${section}Intro`)}</p>
        {children}
      </div>
    </>
  );
}

/** The route's generateMetadata: the section's title in the page's language. */
export function compareMetadata(section: Section) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace: "compare" });
    return { title: t(`${section}Title`) };
  };
}
