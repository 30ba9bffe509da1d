import { getLocale } from "next-intl/server";
import { HtmlOnly } from "@/components/html-only/html-only";
import { getPathname } from "@/i18n/navigation";

/**
 * Stands in a side panel's slot while another tab is open: a panel's content is sent only when it
 * is asked for. Visible on phones, where the panels stack; hidden beside the text on a laptop.
 */
export async function PanelTeaser({ id, title, text, action, href }: Readonly<{ id: string; title: string; text: string; action: string; href: string }>) {
  const locale = await getLocale();
  return (
    <HtmlOnly id={`teaser-${locale}-${id}`} className="rounded-lg border border-dashed border-line bg-panel p-4">
      <h2 className="font-serif text-2xl font-semibold">{title}</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{text}</p>
      <a
        href={getPathname({ href, locale })}
        className="mt-3 inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-on-accent no-underline hover:bg-accent-strong"
      >
        {action}
      </a>
    </HtmlOnly>
  );
}
