/**
 * CSV as spreadsheets read it (RFC 4180): a cell with the separator, a quote or a line break is
 * quoted, its quotes doubled; lines end in CRLF. The file starts with a byte-order mark so Excel
 * reads it as UTF-8 (accents intact), and a French Excel wants `;` between cells. Pure.
 */

export const CSV_SEPARATORS = { comma: ",", semicolon: ";" } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

export const BOM = "\uFEFF";

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return before one) is
 * prefixed with an apostrophe: a student's answer must never become a live formula on the
 * teacher's machine (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined, separator: string): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>, separator: CsvSeparator): string {
  const sep = CSV_SEPARATORS[separator];
  return `${cells.map((cell) => csvCell(cell, sep)).join(sep)}\r\n`;
}

/** Reads CSV back (for tests and checks): RFC 4180, the BOM dropped. */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const sep = CSV_SEPARATORS[separator];
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (quoted && char === '"' && source[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== sep && char !== "\r" && char !== "\n")) {
      cell += char;
    } else if (char === sep) {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
