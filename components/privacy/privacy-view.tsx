import { getTranslations } from "next-intl/server";
import { DAY, HOUR, MINUTE, PURGE, RETENTION, SESSIONS, SIGN_INS } from "@/lib/config";

/**
 * What is kept about students, teachers and guests, for how long, and how each deletes it (FR/EN).
 * Every duration comes from lib/config.ts, the numbers the code applies (tests/e2e/privacy.spec.ts).
 */
export async function PrivacyView() {
  const t = await getTranslations("privacy");
  const lifetimes = {
    teacherDays: SESSIONS.teacher.maxAgeMs / DAY,
    teacherIdleHours: SESSIONS.teacher.idleMs / HOUR,
    studentDays: SESSIONS.student.maxAgeMs / DAY,
    guestDays: SESSIONS.guest.maxAgeMs / DAY,
  };
  const sections: Array<{ id: string; title: string; items: string[] }> = [
    {
      id: "students",
      title: t("studentsTitle"),
      items: [t("studentsName"), t("studentsPassword"), t("studentsNoEmail"), t("studentsWork"), t("studentsSessions")],
    },
    { id: "teachers", title: t("teachersTitle"), items: [t("teachersBody"), t("teachersRecovery")] },
    { id: "guests", title: t("guestsTitle"), items: [t("guestsBody")] },
    { id: "who", title: t("whoTitle"), items: [t("whoBody")] },
    { id: "sessions", title: t("sessionsTitle"), items: [t("sessionsStored"), t("sessionsLifetimes", lifetimes), t("sessionsDeleted")] },
    {
      id: "how-long",
      title: t("howLongTitle"),
      items: [
        t("howLongBody", { months: RETENTION.archivedClassMonths }),
        t("howLongGuests", { guestMonths: RETENTION.guestInactiveMonths }),
        t("howLongLimits", { limitMinutes: RETENTION.rateLimitWindowMs / MINUTE }),
        t("howLongThrottles", { throttleHours: RETENTION.throttleKeptMs / HOUR, deviceDays: SIGN_INS.trustedDeviceMaxAgeMs / DAY }),
        t("howLongWhen", { purgeHours: PURGE.everyMs / HOUR }),
      ],
    },
    {
      id: "delete",
      title: t("deleteTitle"),
      items: [t("deleteStudent"), t("deleteWork"), t("deleteClass"), t("deleteAccount"), t("deleteGuest"), t("deleteNext")],
    },
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
