import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { project } from "@/lib/map/projection";
import outline from "@/lib/map/outline.json";

/** Where neighbouring countries' names go (degrees), for orientation only. */
const COUNTRY_LABELS: Array<{ id: string; lon: number; lat: number }> = [
  { id: "russia", lon: 68, lat: 55.6 },
  { id: "china", lon: 86.5, lat: 42.3 },
  { id: "uzbekistan", lon: 62.5, lat: 41.2 },
  { id: "kyrgyzstan", lon: 74.5, lat: 41.4 },
  { id: "turkmenistan", lon: 57.5, lat: 39.3 },
];

type Label = { x: number; y: number; anchor: "start" | "middle" | "end"; width: number } | null;
type Box = { left: number; right: number; top: number; bottom: number };

const boxOf = (label: NonNullable<Label>): Box => {
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - label.width : label.x - label.width / 2;
  return { left, right: left + label.width, top: label.y - 11, bottom: label.y + 3 };
};
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Each label goes right of its marker, else left, above or below: the first spot that stays on the
 * map and clears the labels and markers already placed. A label that fits nowhere is left off the
 * map (the marker keeps its name for screen readers, and the list below names every place).
 */
function layoutLabels(points: ReadonlyArray<{ x: number; y: number; text: string }>, size: { width: number; height: number }): Label[] {
  const markers: Box[] = points.map(({ x, y }) => ({ left: x - 6, right: x + 6, top: y - 6, bottom: y + 6 }));
  const placed: Box[] = [];
  return points.map(({ x, y, text }, index) => {
    const width = text.length * 7;
    const candidates: Array<NonNullable<Label>> = [
      { x: x + 9, y: y + 4, anchor: "start", width },
      { x: x - 9, y: y + 4, anchor: "end", width },
      { x, y: y - 10, anchor: "middle", width },
      { x, y: y + 18, anchor: "middle", width },
    ];
    const fits = (label: NonNullable<Label>) => {
      const box = boxOf(label);
      const inside = box.left >= 2 && box.right <= size.width - 2 && box.top >= 2 && box.bottom <= size.height - 2;
      return inside && !placed.some((other) => overlaps(box, other)) && !markers.some((marker, at) => at !== index && overlaps(box, marker));
    };
    const label = candidates.find(fits) ?? null;
    if (label) placed.push(boxOf(label));
    return label;
  });
}

/**
 * An SVG map of Kazakhstan with the places the articles and the timeline mention. Each marker is a
 * link to the place's entry in the list that follows, which is the map's text alternative.
 */
export async function PlacesMap({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale() as Promise<AppLocale>]);
  const { width, height } = outline.size;
  const points = content.places.map((place) => {
    const [x, y] = project(place.lon, place.lat);
    return { x, y, text: place[locale].name };
  });
  const labels = layoutLabels(points, outline.size);
  return (
    <figure className="mt-6">
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby="map-caption" className="h-auto w-full rounded-lg border border-line bg-accent-soft">
        {outline.shapes.map((shape) => (
          <path
            key={shape.id}
            d={shape.d}
            className={shape.id === "kazakhstan" ? "fill-paper stroke-accent" : "fill-line stroke-muted/60"}
            strokeWidth={shape.id === "kazakhstan" ? 1.5 : 0.8}
            aria-hidden="true"
          />
        ))}
        {COUNTRY_LABELS.map((label) => {
          const [x, y] = project(label.lon, label.lat);
          return (
            <text key={label.id} x={x} y={y} textAnchor="middle" aria-hidden="true" className="fill-muted text-[11px] tracking-widest uppercase">
              {t(`country.${label.id}`)}
            </text>
          );
        })}
        {content.places.map((place, index) => {
          const { x, y } = points[index]!;
          const label = labels[index];
          const border = place.kind === "border";
          return (
            <a key={place.id} href={`#place-${place.id}`} aria-label={place[locale].name} className="group">
              {border ? (
                <rect x={x - 5} y={y - 5} width={10} height={10} transform={`rotate(45 ${x} ${y})`} className="fill-warn stroke-surface" strokeWidth={1.5} />
              ) : (
                <circle
                  cx={x}
                  cy={y}
                  r={place.kind === "capital" ? 7 : 5}
                  className={place.kind === "capital" ? "fill-danger stroke-surface" : "fill-accent stroke-surface"}
                  strokeWidth={1.5}
                />
              )}
              {label && (
                <text
                  x={label.x}
                  y={label.y}
                  textAnchor={label.anchor}
                  className="fill-ink text-[12px] font-medium group-hover:underline group-focus:underline"
                  aria-hidden="true"
                >
                  {place[locale].name}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      <figcaption id="map-caption" className="mt-2 text-sm text-muted">
        {t("mapCaption")}
      </figcaption>
    </figure>
  );
}
