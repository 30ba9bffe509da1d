/** How a review screen is shown, from its address: projection (one answer at a time), blind (names hidden), which answers. */
export type ReviewSearch = { mode?: string | string[]; blind?: string | string[]; i?: string | string[]; show?: string | string[]; group?: string | string[] };

/** Which students "By question" lists: every one (answered first), those who answered, those who handed in. */
export const SHOW_FILTERS = ["all", "answered", "submitted"] as const;
export type ShowFilter = (typeof SHOW_FILTERS)[number];
export type ReviewMode = { projection: boolean; blind: boolean; position: number; show: ShowFilter };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function reviewModeOf(search: ReviewSearch): ReviewMode {
  const position = Number.parseInt(first(search.i) ?? "1", 10);
  const show = SHOW_FILTERS.find((filter) => filter === first(search.show)) ?? "all";
  return {
    projection: first(search.mode) === "projection",
    blind: first(search.blind) === "1",
    position: Number.isFinite(position) && position > 0 ? position : 1,
    show,
  };
}
