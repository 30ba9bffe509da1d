import { DAY, HOUR, PURGE, RETENTION, SESSIONS, SIGN_INS } from "@/lib/config";
import { expect, test } from "./fixtures";

/**
 * The privacy page tells the truth (issue 22), in French and English, with its numbers read from
 * lib/config.ts: how long each kind of session lasts, that the network address and browser are
 * stored with it and until when, when the automatic deletion runs and what it deletes, and that a
 * teacher deletes their account and a guest their work. Nothing is promised "with the next version".
 */

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

const expected = {
  fr: {
    sessions: "Sessions de connexion",
    howLong: "Combien de temps",
    remove: "Comment supprimer ces données",
    figures: {
      sessions: [
        plural(SESSIONS.teacher.maxAgeMs / DAY, "jour", "jours"),
        plural(SESSIONS.teacher.idleMs / HOUR, "heure", "heures"),
        plural(SESSIONS.student.maxAgeMs / DAY, "jour", "jours"),
        plural(SESSIONS.guest.maxAgeMs / DAY, "jour", "jours"),
        "adresse IP",
        "jamais prolongée",
      ],
      howLong: [
        `${RETENTION.archivedClassMonths} mois`,
        `${RETENTION.guestInactiveMonths} mois`,
        plural(PURGE.everyMs / HOUR, "heure", "heures"),
        plural(RETENTION.throttleKeptMs / HOUR, "heure", "heures"),
        plural(SIGN_INS.trustedDeviceMaxAgeMs / DAY, "jour", "jours"),
      ],
      remove: ["Supprimer mon compte", "Effacer mon travail"],
    },
    never: /prochaine version/i,
  },
  en: {
    sessions: "Sign-in sessions",
    howLong: "For how long",
    remove: "How to delete this data",
    figures: {
      sessions: [
        plural(SESSIONS.teacher.maxAgeMs / DAY, "day", "days"),
        plural(SESSIONS.teacher.idleMs / HOUR, "hour", "hours"),
        plural(SESSIONS.student.maxAgeMs / DAY, "day", "days"),
        plural(SESSIONS.guest.maxAgeMs / DAY, "day", "days"),
        "IP address",
        "never extended",
      ],
      howLong: [
        plural(RETENTION.archivedClassMonths, "month", "months"),
        plural(RETENTION.guestInactiveMonths, "month", "months"),
        plural(PURGE.everyMs / HOUR, "hour", "hours"),
        plural(RETENTION.throttleKeptMs / HOUR, "hour", "hours"),
        plural(SIGN_INS.trustedDeviceMaxAgeMs / DAY, "day", "days"),
      ],
      remove: ["Delete my account", "Delete my work"],
    },
    never: /next version/i,
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  test(`the privacy page states the lifetimes, what a session records and the deletions, from the configuration (${locale})`, async ({ page }) => {
    const words = expected[locale];
    await page.goto(`/${locale}/privacy`);
    for (const figure of words.figures.sessions) await expect(page.getByRole("region", { name: words.sessions })).toContainText(figure);
    for (const figure of words.figures.howLong) await expect(page.getByRole("region", { name: words.howLong })).toContainText(figure);
    for (const way of words.figures.remove) await expect(page.getByRole("region", { name: words.remove })).toContainText(way);
    await expect(page.getByRole("main")).not.toContainText(words.never);
  });
}
