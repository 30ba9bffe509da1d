import { safeReturnPath } from "@/lib/auth/return-path";

/** The page a sign-in goes back to, carried by the form (checked again by the action). */
export function ReturnPathField({ next }: Readonly<{ next?: string }>) {
  const path = safeReturnPath(next);
  return path ? <input type="hidden" name="next" value={path} /> : null;
}
