import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";

/** The taxonomy the learner tags with, by category, each technique with a definition and an example. */
export async function TechniqueGuide({ techniques, locale }: Readonly<{ techniques: Content["techniques"]; locale: AppLocale }>) {
  const t = await getTranslations("passages");
  return (
    <details className="mt-3 rounded-md border border-line bg-panel px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-accent">{t("techniquesHelp")}</summary>
      {techniques.categories.map((category) => (
        <section key={category.id} className="mt-3">
          <h4 className="font-semibold">{category[locale].name}</h4>
          <p className="text-muted">{category[locale].description}</p>
          <dl className="mt-1 space-y-2">
            {techniques.techniques
              .filter((technique) => technique.category === category.id)
              .map((technique) => (
                <div key={technique.id}>
                  <dt className="font-medium">{technique[locale].name}</dt>
                  <dd>{technique[locale].definition}</dd>
                  <dd className="text-muted italic">{technique[locale].example}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </details>
  );
}
