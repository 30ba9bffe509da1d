import { AppError } from "@/lib/errors";

/** What a domain call ends in, for a table of expectations: "ok", the AppError's code, or the error itself as text. */
export const codeOf = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
