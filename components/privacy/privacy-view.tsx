import { getTranslations } from "next-intl/server";
import { RETENTION } from "@/lib/config";

/** What is kept about students and teachers, for how long, and how a teacher deletes it (FR/EN). */
export async function PrivacyView() {
  const t = await getTranslations("privacy");
  const sections: Array<{ id: string; title: string; items: string[] }> = [
    { id: "students", title: t("studentsTitle"), items: [t("studentsName"), t("studentsPassword"), t("studentsNoEmail"), t("studentsWork"), t("studentsSessions")] },
    { id: "teachers", title: t("teachersTitle"), items: [t("teachersBody")] },
    { id: "guests", title: t("guestsTitle"), items: [t("guestsBody")] },
    { id: "who", title: t("whoTitle"), items: [t("whoBody")] },
    { id: "how-long", title: t("howLongTitle"), items: [t("howLongBody", { months: RETENTION.archivedClassMonths })] },
    { id: "delete", title: t("deleteTitle"), items: [t("deleteStudent"), t("deleteWork"), t("deleteClass"), t("deleteNext")] },
    { id: "shared", title: t("sharedTitle"), items: [t("sharedBody")] },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-lg leading-relaxed">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`privacy-${section.id}`} className="mt-8">
          <h2 id={`privacy-${section.id}`} className="text-xl font-semibold">
            {section.title}
          </h2>
          {section.items.length === 1 ? (
            <p className="mt-2 leading-relaxed">{section.items[0]}</p>
          ) : (
            <ul className="mt-2 list-disc space-y-2 pl-5 leading-relaxed">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p className="mt-10 rounded-md bg-panel px-4 py-3 text-sm leading-relaxed">{t("noTracking")}</p>
    </div>
  );
}
