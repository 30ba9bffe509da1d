import type { ReactNode } from "react";

type Column = { label: ReactNode; className?: string };

type Props = Readonly<{
  caption: ReactNode;
  /** Shown above the table, or read by screen readers only (when a heading already names it). */
  captionVisible?: boolean;
  columns: readonly Column[];
  /** A Tailwind min-w-[…] class for tables that must not squeeze their columns. */
  minWidth?: string;
  className?: string;
  /** The table body's rows. */
  children: ReactNode;
}>;

/**
 * A data table that scrolls sideways on a narrow screen instead of widening the page. The wrapper
 * is `relative` so that screen-reader-only text in cells stays inside the scroll area (absolutely
 * positioned, it would otherwise widen the page).
 */
export function ScrollTable({ caption, captionVisible = false, columns, minWidth = "", className = "", children }: Props) {
  return (
    <div className={`relative overflow-x-auto ${className}`}>
      <table className={`w-full border-collapse text-left text-sm ${minWidth}`}>
        <caption className={captionVisible ? "text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b border-line text-xs text-muted">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`py-1 pr-2 font-medium ${column.className ?? ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
