import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import { guidePath } from "@/lib/guides/paths";
import type { GuideSubject } from "@/lib/guides/view";

/** The guides, one card each: the subject's name and what the lesson does. */
export function GuideList({ guides, locale }: Readonly<{ guides: readonly GuideSubject[]; locale: AppLocale }>) {
  return (
    <ul className="mt-6 space-y-3">
      {guides.map(({ subject, name, guide }) => (
        <li key={subject} className="card">
          <h2 className="font-semibold" lang={name.lang}>
            <Link href={guidePath(subject)}>{name.text}</Link>
          </h2>
          <p className="mt-1 text-sm leading-relaxed text-muted">{guide[locale].summary}</p>
        </li>
      ))}
    </ul>
  );
}
