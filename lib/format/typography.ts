/**
 * French typography for text we write ourselves (never for the articles, which stay verbatim):
 * a narrow no-break space before ; ! ? and a no-break space before : and inside « ». Only spaces
 * already present are changed, so URLs, times (17:00) and quoted titles keep their characters.
 */
const NBSP = "\u00A0";
const NNBSP = "\u202F";

export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00A0]([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u202F]:/g, `${NBSP}:`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`);
}

/** Faults the transform cannot mend: a missing space, or straight quotes outside « ». */
export function frenchTypographyFaults(text: string): string[] {
  const outsideGuillemets = text.replace(/«[^»]*»/g, "«»");
  const faults: string[] = [];
  if (outsideGuillemets.includes('"')) faults.push('straight quotes (") where French needs « »');
  const missing = /[\p{L}\p{N})][;!?](?=\s|$)/u.exec(outsideGuillemets);
  if (missing) faults.push(`no space before "${missing[0].slice(-1)}" in "…${missing[0]}"`);
  return faults;
}
