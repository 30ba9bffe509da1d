/** The id of a question's prompt, which its answer field is labelled by. */
export const promptId = (question: string) => `q-${question}-prompt`;
