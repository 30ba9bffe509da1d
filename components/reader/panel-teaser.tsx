import { Link } from "@/i18n/navigation";

/**
 * Stands in a side panel's slot while another tab is open: a panel's content is sent only when it
 * is asked for. Visible on phones, where the panels stack; hidden beside the text on a laptop.
 */
export function PanelTeaser({ title, text, action, href }: Readonly<{ title: string; text: string; action: string; href: string }>) {
  return (
    <div className="rounded-lg border border-dashed border-line bg-panel p-4">
      <h2 className="font-serif text-2xl font-semibold">{title}</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{text}</p>
      <Link href={href} className="mt-3 inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong">
        {action}
      </Link>
    </div>
  );
}
