/** How a review screen is shown, from its address: projection (one answer at a time), blind (names hidden). */
export type ReviewSearch = { mode?: string | string[]; blind?: string | string[]; i?: string | string[] };
export type ReviewMode = { projection: boolean; blind: boolean; position: number };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function reviewModeOf(search: ReviewSearch): ReviewMode {
  const position = Number.parseInt(first(search.i) ?? "1", 10);
  return { projection: first(search.mode) === "projection", blind: first(search.blind) === "1", position: Number.isFinite(position) && position > 0 ? position : 1 };
}
