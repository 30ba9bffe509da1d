import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";

/**
 * The taxonomy the learner tags with, by category, each technique with a definition and an
 * example: a section of the background panel, which the tagging question links to.
 */
export async function TechniqueGuide({ techniques, locale }: Readonly<{ techniques: Content["techniques"]; locale: AppLocale }>) {
  const t = await getTranslations("passages");
  return (
    <>
      <p className="mt-2 text-sm leading-relaxed text-muted">{t("techniquesIntro")}</p>
      {techniques.categories.map((category) => (
        <section key={category.id} className="mt-4 text-sm">
          <h4 className="font-semibold">{category[locale].name}</h4>
          <p className="text-muted">{category[locale].description}</p>
          <dl className="mt-1 space-y-2">
            {techniques.techniques
              .filter((technique) => technique.category === category.id)
              .map((technique) => (
                <div key={technique.id} id={`technique-${technique.id}`}>
                  <dt className="font-medium">{technique[locale].name}</dt>
                  <dd>{technique[locale].definition}</dd>
                  <dd className="text-muted italic">{technique[locale].example}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}
