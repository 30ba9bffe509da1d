import type fr from "@/messages/fr.json";

type Messages = typeof fr;
/** The keys a part's client components use, or "all" for a namespace they use whole (forms on small pages). */
type KeysOf<Namespace extends keyof Messages> = ReadonlyArray<keyof Messages[Namespace]> | "all";

/**
 * The strings client components read, by part of the site. They go out with every static page, in
 * its React payload, so each part lists the keys its client components use and no more
 * (tests/unit/i18n/client-parts.test.ts checks the lists against those components).
 */
export const CLIENT_PARTS = {
  /** Every page: the language switch and the error pages. */
  site: {
    layout: ["switchTo", "signIn", "signedInTeacher", "signedInStudent"],
    errors: ["title", "body", "retry"],
  },
  /** Answering questions: the reader and the comparison exercise. */
  answering: {
    autosave: [
      "idle",
      "loading",
      "saving",
      "savedAt",
      "retrying",
      "offline",
      "failed",
      "needsScript",
      "notYetSaved",
      "refused",
      "refusedShort",
      "conflict",
      "conflictTitle",
      "conflictBody",
      "conflictEmpty",
      "keepMine",
      "keepTheirs",
      "allSaved",
      "someUnsent",
      "someAtRisk",
      "someLocked",
      "signedOut",
      "signInAgain",
      "readOnly",
    ],
    questions: [
      "yourAnswer",
      "characters",
      "tooLong",
      "chooseOne",
      "chooseSeveral",
      "other",
      "otherExplain",
      "scaleEnd",
      "scaleNoBefore",
      "scaleBefore",
      "scaleChange",
      "scaleSame",
    ],
    passages: [
      "count",
      "selected",
      "addSelection",
      "howToSelect",
      "technique",
      "chooseTechnique",
      "techniqueFirst",
      "remove",
      "removeNamed",
      "full",
      "keyboardPicker",
      "paragraph",
      "chooseParagraph",
      "sentence",
      "fromWord",
      "toWord",
      "addThis",
      "selectionBar",
      "selectedParagraph",
      "goToQuestion",
    ],
    submit: ["title", "progress", "explain", "button", "confirmTitle", "confirmBody", "confirm", "cancel", "notSaved"],
    myWork: ["submittedOn", "newAttemptNote", "seeCommentary", "seeWork"],
    exercise: ["passage", "otherVersion"],
    assignment: "all",
    lateral: "all",
    calibration: ["legend", "claimNumber", "beforeLabel", "afterLabel", "notGiven", "step", "step0", "step50", "step100", "readRecord"],
    discernment: ["controlBlock", "notForThisQuestion"],
  },
  /** Reading the article aloud (components/reader/read-aloud*.tsx). */
  reading: { readAloud: "all" },
  /** Signing in, signing up and joining a class. */
  account: { auth: "all", join: "all", errors: "all" },
  /** The teacher's pages. */
  teaching: { teach: "all", auth: "all", errors: "all", autosave: ["signInAgain"], people: "all" },
  /** An assignment's review screens (progress grid, feedback editor), under the teacher's pages. */
  review: {
    review: "all",
    teach: "all",
    errors: "all",
    autosave: ["idle", "loading", "saving", "savedAt", "retrying", "offline", "failed", "notYetSaved", "refusedShort", "conflict", "signInAgain"],
  },
} as const satisfies Record<string, { [Namespace in keyof Messages]?: KeysOf<Namespace> }>;

export type ClientPart = keyof typeof CLIENT_PARTS;

/** One part's strings out of a whole catalogue. */
export function pickClientMessages(messages: Messages, part: ClientPart): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(CLIENT_PARTS[part]).map(([namespace, keys]) => {
      const all = messages[namespace as keyof Messages] as Record<string, unknown>;
      return [namespace, keys === "all" ? all : Object.fromEntries((keys as readonly string[]).map((key) => [key, all[key]]))];
    }),
  );
}
