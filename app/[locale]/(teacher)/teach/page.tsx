import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClassList } from "@/components/classroom/class-list";
import { CreateClassForm } from "@/components/classroom/create-class-form";
import { requireTeacher } from "@/lib/auth/session";
import { copySources, listClasses } from "@/lib/classes/queries";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("classes") };
}

/** /[locale]/teach — the teacher's classes, and a new one. One query. */
export default async function TeachPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const viewer = await requireTeacher();
  const [t, classes] = await Promise.all([getTranslations("teach"), listClasses(viewer)]);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("classes")}</h1>
      <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("intro")}</p>
      <section aria-labelledby="new-class" className="card mt-6">
        <h2 id="new-class" className="mb-3 text-lg font-semibold">
          {t("newClass")}
        </h2>
        <CreateClassForm sources={copySources(classes)} />
      </section>
      <section aria-labelledby="class-list" className="mt-8">
        <h2 id="class-list" className="sr-only">
          {t("classes")}
        </h2>
        <ClassList classes={classes} />
      </section>
    </>
  );
}
