import type { ReactNode } from "react";

/**
 * A passage of the article tagged with a persuasion technique, quoted: the learner's tag or the
 * reference annotation's span (the results' comparison, the teacher's answer key), with why.
 */
export function AnnotatedPassage({ label, quote, why, className }: Readonly<{ label: ReactNode; quote: string; why?: string; className: string }>) {
  return (
    <div className={`annotated rounded border-l-4 px-2 py-1 ${className}`}>
      <span className="text-xs font-medium">{label}</span>
      <q lang="fr" className="block">
        {quote}
      </q>
      {why && <span className="block text-xs text-muted">{why}</span>}
    </div>
  );
}
