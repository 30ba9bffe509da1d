import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";

/**
 * Stands in the background slot while another tab is open: the background is the same long text for
 * every article, so it is sent only when asked for. Visible on phones, where the panels stack.
 */
export async function BackgroundTeaser({ slug }: Readonly<{ slug: string }>) {
  const t = await getTranslations("background");
  return (
    <div className="rounded-lg border border-dashed border-line bg-panel p-4">
      <h2 className="font-serif text-2xl font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{t("teaser")}</p>
      <Link href={backgroundHref(slug, "overview", "background")} className="mt-3 inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong">
        {t("show")}
      </Link>
    </div>
  );
}
