import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { ERROR_STATUS } from "@/lib/errors";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { actionAttacks, actionCall, actionPayloadProblems, multipart, type ActionTarget } from "../action-call";
import { anyValue, edgeString, strangerCookie, truncated } from "../arbitraries";
import { actionResult } from "../checks";
import type { FuzzContext } from "../context";
import type { Endpoint } from "../endpoint";
import type { FuzzRequest, FuzzResponse } from "../http";

/**
 * The forms' server actions (classes, roster, assignments, review, accounts), each sent two ways:
 * as its form calls it with JavaScript (a fetch action, the form's fields as FormData) and as a
 * browser posts it without (multipart fields naming the action the way React renders the form),
 * around a form the action must refuse: another teacher's ids, a learner's session, a wrong
 * password, a code no class has. Every answer must leave the tables the action writes unchanged.
 */

type Form = Record<string, string>;
type Sender = { cookie: string; form: Form };

type FormActionSpec = {
  /** The action's exported name (lib/…/actions.ts). */
  action: string;
  /** Called by useActionState as (previous state, form), or as a plain form action (form). */
  withState: boolean;
  /** Succeeds with a redirect rather than `{ ok: true }`. */
  redirects?: boolean;
  /** Its refused requests look like success (signing out without a session): every answer is then held to changing nothing. */
  successLooksLikeRefusal?: boolean;
  writes: readonly string[];
  runs?: number;
  /** A page whose form posts to the action. */
  page: (ctx: FuzzContext) => string;
  /** A request the action must refuse. */
  refused: (ctx: FuzzContext) => Sender;
  /** One it accepts, harmless to the rest of the run (sent once, first). */
  accepted: (ctx: FuzzContext) => Sender;
};

const STUDENT = { name: "Élève du fuzz", password: "fuzz-passphrase-élève" };
const WRONG_PASSWORD = "not-the-password";
const classPage = (ctx: FuzzContext, rest = "") => `/fr/teach/classes/${ctx.teacher.classId}${rest}`;
const assignmentPage = (ctx: FuzzContext, rest = "") => classPage(ctx, `/assignments/${ctx.teacher.assignmentId}${rest}`);
const teacherSends = (ctx: FuzzContext, form: Form): Sender => ({ cookie: ctx.teacher.cookie, form });
const visitorSends = (form: Form): Sender => ({ cookie: "", form });

const target = (ctx: FuzzContext, spec: FormActionSpec, cookie: string): ActionTarget => ({
  actionId: ctx.actionIds[spec.action]!,
  page: spec.page(ctx),
  cookie,
});

/**
 * With JavaScript: React sends the form's fields as parts "_1_<name>", then the argument list as
 * part "0", last (the FormData is read when the list is).
 */
function fetchForm(ctx: FuzzContext, spec: FormActionSpec, sender: Sender, label: string): FuzzRequest {
  const parts: Array<[string, string]> = [
    ...Object.entries(sender.form).map(([name, value]): [string, string] => [`_1_${name}`, value]),
    ["0", spec.withState ? '[null,"$K1"]' : '["$K1"]'],
  ];
  return actionCall(target(ctx, spec, sender.cookie), { ...multipart(parts), label: `${label} (JavaScript)` });
}

/** The fields React renders into a form to name its action, for a browser without JavaScript. */
function reactFields(ctx: FuzzContext, spec: FormActionSpec, id = ctx.actionIds[spec.action]!): Array<[string, string]> {
  if (!spec.withState) return [[`$ACTION_ID_${id}`, ""]];
  return [
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
    ["$ACTION_1:1", "[null]"],
    ["$ACTION_KEY", "k0fuzz"],
  ];
}

function postForm(
  ctx: FuzzContext,
  spec: FormActionSpec,
  sender: Sender,
  label: string,
  fields = reactFields(ctx, spec),
  origin = ctx.base,
  boundary?: string,
): FuzzRequest {
  const { body, type } = multipart([...fields, ...Object.entries(sender.form)], boundary);
  return { method: "POST", path: spec.page(ctx), headers: { "content-type": type, cookie: sender.cookie, origin }, body, label: `${label} (no JavaScript)` };
}

/** Form values are text: anything, as a string. */
const formValue = fc.oneof(
  edgeString,
  anyValue.map((value) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""))),
);

function mutatedForm(form: Form): fc.Arbitrary<{ form: Form; label: string }> {
  const names = Object.keys(form);
  return fc.oneof(
    fc.constantFrom(...names).map((name) => ({ form: Object.fromEntries(Object.entries(form).filter(([other]) => other !== name)), label: `missing ${name}` })),
    fc.tuple(fc.constantFrom(...names), formValue).map(([name, value]) => ({ form: { ...form, [name]: value }, label: `${name} of any text` })),
    fc.tuple(edgeString, formValue).map(([name, value]) => ({ form: { ...form, [name === "" ? "extra" : name]: value }, label: "an extra field" })),
  );
}

/** What a browser without JavaScript could send in React's own fields, broken. */
function brokenReactFields(ctx: FuzzContext, spec: FormActionSpec): fc.Arbitrary<{ fields: Array<[string, string]>; label: string }> {
  const [ref, descriptor, bound, key] = reactFields(ctx, spec, ctx.actionIds[spec.action]!);
  const unknownId = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), maxLength: 42 });
  const cases = [
    unknownId.map((id) => ({ fields: reactFields(ctx, spec, id), label: "an action id that does not exist" })),
    fc.constant<{ fields: Array<[string, string]>; label: string }>({ fields: [], label: "no action named" }),
  ];
  if (spec.withState) {
    cases.push(
      truncated(descriptor![1]).map((text) => ({ fields: [ref!, ["$ACTION_1:0", text], bound!, key!], label: "its descriptor cut short" })),
      fc.constant({ fields: [ref!, descriptor!, key!], label: "its bound arguments missing" }),
      anyValue.map((value) => ({ fields: [ref!, descriptor!, ["$ACTION_1:1", JSON.stringify(value) ?? ""], key!], label: "bound arguments of anything" })),
      edgeString.map((tag) => ({
        fields: [ref!, descriptor!, ["$ACTION_1:1", JSON.stringify([tag.startsWith("$") ? tag : `$${tag}`])], key!],
        label: "a React reference to nothing",
      })),
      fc.constant({ fields: [ref!, descriptor!, descriptor!, bound!, key!], label: "its descriptor twice" }),
    );
  }
  return fc.oneof(...cases);
}

function formAttacks(ctx: FuzzContext, spec: FormActionSpec): fc.Arbitrary<FuzzRequest> {
  const refused = spec.refused(ctx);
  const withForm = (form: Form): Sender => ({ cookie: refused.cookie, form });
  return fc.oneof(
    { weight: 3, arbitrary: mutatedForm(refused.form).map(({ form, label }) => fetchForm(ctx, spec, withForm(form), label)) },
    { weight: 3, arbitrary: mutatedForm(refused.form).map(({ form, label }) => postForm(ctx, spec, withForm(form), label)) },
    { weight: 2, arbitrary: actionAttacks(target(ctx, spec, refused.cookie), refused.form) },
    { weight: 2, arbitrary: brokenReactFields(ctx, spec).map(({ fields, label }) => postForm(ctx, spec, refused, label, fields)) },
    { weight: 1, arbitrary: fc.webUrl().map((origin) => postForm(ctx, spec, refused, "another site's form", undefined, origin)) },
    // Short boundaries that also occur inside a value, which the platform's form parser fails on.
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("b", "bo", "i", "-", "0")
        .map((boundary) => postForm(ctx, spec, refused, `boundary ${boundary}`, undefined, ctx.base, boundary)),
    },
    { weight: 1, arbitrary: strangerCookie.map((cookie) => postForm(ctx, spec, { cookie, form: refused.form }, "a stranger's cookie")) },
  );
}

/** Where an answer sends the browser: Next's header for a fetch action, Location for a form post. */
function redirectOf(response: FuzzResponse): string | undefined {
  const to = response.headers["x-action-redirect"] ?? (response.status >= 300 && response.status < 400 ? response.headers.location : undefined);
  return typeof to === "string" ? to : undefined;
}

/** The action did what was asked: `{ ok: true }`, or the redirect that follows success. */
function succeeded(spec: FormActionSpec, response: FuzzResponse): boolean {
  if (actionResult(response)?.ok === true) return true;
  const to = redirectOf(response);
  return !!spec.redirects && to !== undefined && !to.includes("error=");
}

const isPage = (response: FuzzResponse) => String(response.headers["content-type"]).startsWith("text/html");

/**
 * A refusal carries its code: a 4xx from the gate (checked by the runner), `{ ok: false, code }`
 * in a fetch action's payload, an `?error=CODE` redirect, or, without JavaScript, the page
 * rendered again with the form's error. A browser posting a form gets a page, never JSON: a
 * teacher's page posted to by anyone else is the not-found page, in the request's language.
 */
function refusalProblems(response: FuzzResponse, locales: ReadonlyArray<"fr" | "en">): string[] | undefined {
  if (response.status >= 400 && isPage(response)) {
    const lang = /<html[^>]* lang="([a-z]+)"/.exec(response.text)?.[1];
    return response.status === 404 && (lang === undefined || locales.some((locale) => locale === lang))
      ? []
      : [`${response.status} page in ${String(lang)}, not ${locales.join(" or ")}'s not-found page`];
  }
  if (response.status >= 400) return undefined;
  const to = redirectOf(response);
  if (to !== undefined) {
    const code = /[?&]error=([A-Z_]+)/.exec(to)?.[1];
    return code === undefined || code in ERROR_STATUS ? [] : [`redirected with an unknown code: ${to}`];
  }
  if (String(response.headers["content-type"]).startsWith("text/x-component")) return actionPayloadProblems(response);
  return isPage(response) ? [] : [`${response.status} ${String(response.headers["content-type"])}: neither a page nor an action result`];
}

function formActionEndpoint(spec: FormActionSpec): Endpoint {
  return {
    name: `${spec.action} (form action)`,
    owner: "app",
    runs: spec.runs ?? 60,
    writes: spec.writes,
    valid: (ctx) => fetchForm(ctx, spec, spec.accepted(ctx), "a form it accepts"),
    accepted: (response) => succeeded(spec, response),
    invalid: (ctx) => formAttacks(ctx, spec),
    refused: (response) => response.status < 500 && (!!spec.successLooksLikeRefusal || !succeeded(spec, response)),
    refusalProblems,
  };
}

const locale = "fr";
const otherClass = (ctx: FuzzContext) => ({ classId: ctx.otherTeacher.classId, locale });
const otherAssignment = (ctx: FuzzContext) => ({ ...otherClass(ctx), assignmentId: ctx.otherTeacher.assignmentId });
const ownAssignment = (ctx: FuzzContext) => ({ classId: ctx.teacher.classId, assignmentId: ctx.teacher.assignmentId, locale });

/** In run order: the forms that delete come last, on the spare rows they were given (scripts/lib/fuzz/context.ts). */
const SPECS: FormActionSpec[] = [
  {
    action: "createClassAction",
    withState: true,
    redirects: true,
    writes: ["Class"],
    page: () => "/fr/teach",
    refused: (ctx) => ({ cookie: ctx.me.cookie, form: { name: "Classe d'un élève", locale } }),
    accepted: (ctx) => teacherSends(ctx, { name: "Classe du fuzz", locale }),
  },
  {
    action: "renameClassAction",
    withState: true,
    writes: ["Class"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.otherTeacher.classId, name: "Renommée" }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, name: "Classe renommée" }),
  },
  ...(["setClassArchivedAction", "setJoiningOpenAction"] as const).map((action): FormActionSpec => ({
    action,
    withState: true,
    writes: ["Class"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.otherTeacher.classId, on: "true" }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, on: action === "setJoiningOpenAction" ? "true" : "false" }),
  })),
  {
    action: "regenerateJoinCodeAction",
    withState: true,
    writes: ["Class"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, otherClass(ctx)),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.spareClassId, locale }),
  },
  {
    action: "addStudentsAction",
    withState: true,
    writes: ["User", "Account", "Enrolment"],
    page: (ctx) => classPage(ctx, "/students"),
    refused: (ctx) => teacherSends(ctx, { ...otherClass(ctx), names: "Zoé\nMilan" }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.spareClassId, names: "Zoé", locale }),
  },
  {
    action: "resetStudentPasswordAction",
    withState: true,
    writes: ["Account", "Session"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, studentId: ctx.otherTeacher.studentIds[0]!, locale }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, studentId: ctx.teacher.studentIds[0]!, locale }),
  },
  {
    action: "createAssignmentsAction",
    withState: true,
    redirects: true,
    writes: ["Assignment"],
    page: (ctx) => classPage(ctx, "/assignments/new"),
    refused: (ctx) => teacherSends(ctx, { ...otherClass(ctx), exercises: exerciseKeyForArticle(ctx.article), dueOn: "", revealPolicy: "AFTER_SUBMIT" }),
    accepted: (ctx) =>
      teacherSends(ctx, {
        classId: ctx.teacher.spareClassId,
        locale,
        exercises: exerciseKeyForArticle(ctx.article),
        dueOn: "2027-01-15",
        revealPolicy: "AFTER_RELEASE",
      }),
  },
  {
    action: "updateAssignmentAction",
    withState: true,
    redirects: true,
    writes: ["Assignment", "Attempt", "Answer"],
    page: (ctx) => assignmentPage(ctx, "/edit"),
    refused: (ctx) => teacherSends(ctx, { ...otherAssignment(ctx), exercise: exerciseKeyForArticle(ctx.article), dueOn: "", revealPolicy: "AFTER_SUBMIT" }),
    // The same exercise: its students' work stays.
    accepted: (ctx) =>
      teacherSends(ctx, { ...ownAssignment(ctx), exercise: exerciseKeyForArticle(ctx.article), dueOn: "2027-02-01", revealPolicy: "AFTER_SUBMIT" }),
  },
  {
    action: "setAssignmentClosedAction",
    withState: true,
    writes: ["Assignment"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, { ...otherAssignment(ctx), on: "true" }),
    accepted: (ctx) => teacherSends(ctx, { ...ownAssignment(ctx), on: "false" }),
  },
  {
    action: "releaseCommentaryAction",
    withState: true,
    writes: ["Assignment"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, otherAssignment(ctx)),
    accepted: (ctx) => teacherSends(ctx, ownAssignment(ctx)),
  },
  ...(["releaseStudentFeedbackAction", "returnAttemptAction"] as const).map((action): FormActionSpec => ({
    action,
    withState: true,
    writes: ["Feedback", "Attempt"],
    page: (ctx) => assignmentPage(ctx),
    refused: (ctx) => teacherSends(ctx, { ...ownAssignment(ctx), enrolmentId: ctx.otherTeacher.enrolmentIds[0]! }),
    accepted: (ctx) => teacherSends(ctx, { ...ownAssignment(ctx), enrolmentId: ctx.teacher.enrolmentIds[0]! }),
  })),
  {
    action: "releaseAssignmentFeedbackAction",
    withState: true,
    writes: ["Feedback", "Attempt"],
    page: (ctx) => assignmentPage(ctx),
    refused: (ctx) => teacherSends(ctx, otherAssignment(ctx)),
    accepted: (ctx) => teacherSends(ctx, ownAssignment(ctx)),
  },
  // Copies: another teacher's class as the source or the destination is refused; the spare class takes the accepted copies.
  {
    action: "copyAssignmentAction",
    withState: true,
    redirects: true,
    writes: ["Assignment"],
    page: (ctx) => assignmentPage(ctx, "/copy"),
    refused: (ctx) => teacherSends(ctx, { ...ownAssignment(ctx), destinationClassId: ctx.otherTeacher.classId, dueOn: "" }),
    accepted: (ctx) => teacherSends(ctx, { ...ownAssignment(ctx), destinationClassId: ctx.teacher.spareClassId, dueOn: "2027-03-01" }),
  },
  {
    action: "copyClassAssignmentsAction",
    withState: true,
    writes: ["Assignment"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.teacher.spareClassId, sourceClassId: ctx.otherTeacher.classId, locale }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.spareClassId, sourceClassId: ctx.teacher.classId, locale }),
  },
  {
    action: "reprintSlipsAction",
    withState: true,
    writes: ["Account", "Session"],
    page: (ctx) => classPage(ctx, "/slips"),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, studentIds: ctx.otherTeacher.studentIds[0]!, locale }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, studentIds: ctx.teacher.studentIds[0]!, locale }),
  },
  {
    action: "createGroupAction",
    withState: true,
    writes: ["Group"],
    page: (ctx) => classPage(ctx, "/students"),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.otherTeacher.classId, name: "Groupe du fuzz" }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, name: "Groupe du fuzz" }),
  },
  {
    action: "renameGroupAction",
    withState: true,
    writes: ["Group"],
    page: (ctx) => classPage(ctx, "/students"),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.otherTeacher.classId, groupId: ctx.otherTeacher.groupId, name: "Renommé" }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, groupId: ctx.teacher.groupId, name: "Groupe renommé" }),
  },
  {
    action: "setGroupMembersAction",
    withState: true,
    writes: ["GroupMember"],
    page: (ctx) => classPage(ctx, "/students"),
    refused: (ctx) =>
      teacherSends(ctx, { classId: ctx.otherTeacher.classId, groupId: ctx.otherTeacher.groupId, enrolmentIds: ctx.otherTeacher.enrolmentIds[0]! }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, groupId: ctx.teacher.groupId, enrolmentIds: ctx.teacher.enrolmentIds[0]! }),
  },
  {
    action: "deleteGroupAction",
    withState: true,
    writes: ["Group", "GroupMember", "AssignmentGroup"],
    page: (ctx) => classPage(ctx, "/students"),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.otherTeacher.classId, groupId: ctx.otherTeacher.spareGroupId }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, groupId: ctx.teacher.spareGroupId }),
  },
  {
    action: "changePasswordAction",
    withState: true,
    writes: ["Account", "Session"],
    page: () => "/fr/teach/account",
    // A teacher of its own: a change ends every other session of the account, and the rest of the run needs the others'.
    refused: (ctx) => ({ cookie: ctx.passwordTeacher.cookie, form: { currentPassword: WRONG_PASSWORD, newPassword: "a-new-password-1" } }),
    accepted: (ctx) => ({
      cookie: ctx.passwordTeacher.cookie,
      form: { currentPassword: ctx.passwordTeacher.password, newPassword: ctx.passwordTeacher.password },
    }),
  },
  {
    action: "regenerateRecoveryCodesAction",
    withState: true,
    writes: ["RecoveryCode"],
    page: () => "/fr/teach/account",
    refused: (ctx) => teacherSends(ctx, { password: WRONG_PASSWORD, locale }),
    accepted: (ctx) => teacherSends(ctx, { password: ctx.teacher.password, locale }),
  },
  // A teacher of its own: a reset ends every session of the account. The same password again.
  {
    action: "recoverPasswordAction",
    withState: true,
    redirects: true,
    writes: ["Account", "Session", "RecoveryCode"],
    page: () => "/fr/forgot-password",
    refused: (ctx) => visitorSends({ email: ctx.recoveryTeacher.email, code: "abcd-efgh-jkmn", newPassword: "a-new-password-1", locale }),
    accepted: (ctx) =>
      visitorSends({ email: ctx.recoveryTeacher.email, code: ctx.recoveryTeacher.recoveryCode, newPassword: ctx.recoveryTeacher.password, locale }),
  },
  {
    action: "signInTeacherAction",
    withState: true,
    redirects: true,
    writes: ["User", "Account", "Session"],
    page: () => "/fr/sign-in/teacher",
    refused: (ctx) => visitorSends({ email: ctx.teacher.email, password: WRONG_PASSWORD, locale }),
    accepted: (ctx) => visitorSends({ email: ctx.teacher.email, password: ctx.teacher.password, locale }),
  },
  {
    action: "signUpTeacherAction",
    withState: true,
    redirects: true,
    writes: ["User", "Account", "Session", "RecoveryCode"],
    page: () => "/fr/sign-up",
    refused: (ctx) => visitorSends({ name: "Déjà inscrite", email: ctx.teacher.email, password: "long-enough-password", locale }),
    accepted: () => visitorSends({ name: "Nouvelle enseignante", email: `fuzz-${randomUUID()}@example.org`, password: "long-enough-password", locale }),
  },
  {
    action: "joinClassAction",
    withState: true,
    redirects: true,
    writes: ["User", "Account", "Session", "Enrolment"],
    page: () => "/fr/join",
    refused: () => visitorSends({ code: "ZZZZZZZZ", name: "Nina", password: "long-enough-password", locale }),
    accepted: (ctx) => visitorSends({ code: ctx.otherTeacher.joinCode, ...STUDENT, locale }),
  },
  {
    action: "signInStudentAction",
    withState: true,
    redirects: true,
    writes: ["User", "Account", "Session"],
    page: () => "/fr/sign-in",
    refused: (ctx) => visitorSends({ code: ctx.otherTeacher.joinCode, name: STUDENT.name, password: WRONG_PASSWORD, locale }),
    accepted: (ctx) => visitorSends({ code: ctx.otherTeacher.joinCode, ...STUDENT, locale }),
  },
  {
    action: "deleteStudentWorkAction",
    withState: true,
    writes: ["Attempt", "Answer", "Feedback"],
    page: (ctx) => assignmentPage(ctx, "/export"),
    refused: (ctx) => teacherSends(ctx, { assignmentId: ctx.otherTeacher.assignmentId, studentId: ctx.otherTeacher.studentIds[0]! }),
    accepted: (ctx) => teacherSends(ctx, { assignmentId: ctx.teacher.spareAssignmentId, studentId: ctx.teacher.studentIds[0]! }),
  },
  {
    action: "deleteAssignmentAction",
    withState: true,
    writes: ["Assignment", "Attempt", "Answer"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, otherAssignment(ctx)),
    accepted: (ctx) => teacherSends(ctx, { ...ownAssignment(ctx), assignmentId: ctx.teacher.spareAssignmentId }),
  },
  {
    action: "removeStudentAction",
    withState: true,
    writes: ["User", "Enrolment", "Attempt", "Answer"],
    page: (ctx) => classPage(ctx),
    refused: (ctx) => teacherSends(ctx, { classId: ctx.otherTeacher.classId, studentId: ctx.otherTeacher.studentIds[0]!, locale }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.classId, studentId: ctx.teacher.studentIds[1]!, locale }),
  },
  {
    action: "deleteClassAction",
    withState: false,
    redirects: true,
    writes: ["Class", "Enrolment", "Assignment", "Attempt", "Answer"],
    page: (ctx) => classPage(ctx, "/delete"),
    refused: (ctx) => teacherSends(ctx, { ...otherClass(ctx), confirmName: "Classe banc" }),
    accepted: (ctx) => teacherSends(ctx, { classId: ctx.teacher.spareClassId, locale, confirmName: "Classe de rechange" }),
  },
  // Its accepted request ends the session of `other`, the learner who is done by then.
  {
    action: "signOutAction",
    withState: false,
    redirects: true,
    successLooksLikeRefusal: true,
    writes: ["Session"],
    page: () => "/fr/teach/account",
    refused: () => visitorSends({ locale }),
    accepted: (ctx) => ({ cookie: ctx.other.cookie, form: { locale } }),
  },
  // Last but one: its accepted request erases `me`, the guest who is done by then. A teacher is no
  // guest: sent to My work, which looks like success, so every answer must change nothing.
  {
    action: "eraseGuestWorkAction",
    withState: false,
    redirects: true,
    successLooksLikeRefusal: true,
    writes: ["User", "Session", "Attempt", "Answer"],
    page: () => "/fr/my-work/delete",
    refused: (ctx) => teacherSends(ctx, { locale }),
    accepted: (ctx) => ({ cookie: ctx.me.cookie, form: { locale } }),
  },
  // Last: its accepted request deletes the other teacher, whose ids are done by then.
  {
    action: "deleteAccountAction",
    withState: true,
    redirects: true,
    writes: ["User", "Account", "Session", "RecoveryCode", "Class", "Enrolment", "Assignment", "Attempt", "Answer", "Feedback", "CommentBankEntry"],
    page: () => "/fr/teach/account/delete",
    refused: (ctx) => teacherSends(ctx, { password: WRONG_PASSWORD, locale }),
    accepted: (ctx) => ({ cookie: ctx.otherTeacher.cookie, form: { password: ctx.otherTeacher.password, locale } }),
  },
];

export const formActionEndpoints: Endpoint[] = SPECS.map(formActionEndpoint);

/** The comment bank's action takes the comment itself, not a form (the feedback editor calls it). */
export const commentBankEndpoint: Endpoint = {
  name: "addToCommentBankAction (server action)",
  owner: "app",
  runs: 100,
  writes: ["CommentBankEntry"],
  valid: (ctx) =>
    actionCall(
      { actionId: ctx.actionIds.addToCommentBankAction!, page: assignmentPage(ctx, "/export"), cookie: ctx.teacher.cookie },
      { body: JSON.stringify(["Citez le texte."]), label: "a teacher keeps a comment" },
    ),
  accepted: (response) => actionResult(response)?.ok === true,
  // A learner's session: refused whatever the comment.
  invalid: (ctx) => {
    const learner: ActionTarget = { actionId: ctx.actionIds.addToCommentBankAction!, page: assignmentPage(ctx, "/export"), cookie: ctx.me.cookie };
    return fc.oneof(
      actionAttacks(learner, { text: "Citez le texte." }),
      formValue.map((text) => actionCall(learner, { body: JSON.stringify([text]), label: "a learner's comment" })),
    );
  },
  refused: (response) => response.status < 500 && actionResult(response)?.ok !== true,
  refusalProblems: actionPayloadProblems,
};

/** Each form's accepted request as a browser without JavaScript posts it, for the pass with PostgreSQL stopped (../database-down.ts). */
export const formPostsWithoutScript = (ctx: FuzzContext): FuzzRequest[] =>
  SPECS.map((spec) => postForm(ctx, spec, spec.accepted(ctx), `${spec.action}: a form it accepts`));
