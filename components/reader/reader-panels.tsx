import { getTranslations } from "next-intl/server";
import { ClaimsPanel } from "@/components/claims/claims-panel";
import { BackgroundPanel } from "@/components/background/background-panel";
import { backgroundHref, type BackgroundSection } from "@/lib/background/sections";
import { locatedClaims } from "@/lib/claims/located";
import type { Article, Content } from "@/lib/content";
import { PanelTeaser } from "./panel-teaser";
import { SidePanel, type PanelId } from "./side-panel";

type Props = Readonly<{ article: Article; content: Content; active: PanelId; section?: BackgroundSection }>;

/**
 * The claims and background panels for one reader route: the open one in full, the other as a
 * teaser linking to it. (The questions panel lives in the layout, so answers stay mounted.)
 */
export async function ReaderPanels({ article, content, active, section = "overview" }: Props) {
  const [claimsT, backgroundT] = await Promise.all([getTranslations("claims"), getTranslations("background")]);
  const slug = article.slug;
  const claims = locatedClaims(article, content);
  return (
    <>
      <SidePanel id="claims" active={active === "claims"}>
        {active === "claims" ? (
          <ClaimsPanel slug={slug} claims={claims} content={content} />
        ) : (
          <PanelTeaser
            id={`claims-${slug}`}
            title={claimsT("title")}
            text={claimsT("teaser", { count: claims.length })}
            action={claimsT("show")}
            href={`/articles/${slug}/claims#claims`}
          />
        )}
      </SidePanel>
      <SidePanel id="background" active={active === "background"}>
        {active === "background" ? (
          <BackgroundPanel content={content} article={article} section={section} />
        ) : (
          <PanelTeaser
            id={`background-${slug}`}
            title={backgroundT("title")}
            text={backgroundT("teaser")}
            action={backgroundT("show")}
            href={backgroundHref(slug, "overview", "background")}
          />
        )}
      </SidePanel>
    </>
  );
}
