/** The addresses of an assignment's review screens (without the locale prefix). Client-safe. */
export const assignmentPath = (classId: string, assignmentId: string) => `/teach/classes/${classId}/assignments/${assignmentId}`;

export const questionReviewPath = (classId: string, assignmentId: string, questionKey: string) =>
  `${assignmentPath(classId, assignmentId)}/questions/${encodeURIComponent(questionKey)}`;

export const studentReviewPath = (classId: string, assignmentId: string, enrolmentId: string) =>
  `${assignmentPath(classId, assignmentId)}/students/${encodeURIComponent(enrolmentId)}`;

/** The anchor of one answer on a review page, so a grid cell opens that answer in place. */
export const answerAnchor = (questionKey: string) => `answer-${questionKey}`;
