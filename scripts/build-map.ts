import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { MAP_BOUNDS, MAP_SIZE, project } from "@/lib/map/projection";
import { ROOT } from "./lib/paths";

/**
 * Generates lib/map/outline.json, the country shapes drawn under the map of places: Kazakhstan
 * from Natural Earth 1:50m (npm package world-atlas), its neighbours for context, each clipped to
 * the map's frame. Run once with `npx tsx scripts/build-map.ts`; the output is committed.
 */
const COUNTRIES: Record<string, string> = {
  "398": "kazakhstan",
  "643": "russia",
  "156": "china",
  "860": "uzbekistan",
  "417": "kyrgyzstan",
  "795": "turkmenistan",
  "762": "tajikistan",
  "496": "mongolia",
};

type Point = [number, number];

/** Sutherland–Hodgman: the part of a ring inside the frame (projected coordinates). */
function clip(ring: Point[]): Point[] {
  const edges: Array<(p: Point) => boolean> = [(p) => p[0] >= 0, (p) => p[0] <= MAP_SIZE.width, (p) => p[1] >= 0, (p) => p[1] <= MAP_SIZE.height];
  const cross = (a: Point, b: Point, edge: number): Point => {
    const [limit, axis] = [
      [0, 0],
      [MAP_SIZE.width, 0],
      [0, 1],
      [MAP_SIZE.height, 1],
    ][edge] as [number, number];
    const t = (limit - a[axis]!) / (b[axis]! - a[axis]!);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  };
  let output = ring;
  edges.forEach((inside, edge) => {
    const input = output;
    output = [];
    input.forEach((current, index) => {
      const previous = input[(index + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current, edge));
        output.push(current);
      } else if (inside(previous)) {
        output.push(cross(previous, current, edge));
      }
    });
  });
  return output;
}

const toPath = (rings: Point[][]) =>
  rings
    .filter((ring) => ring.length > 2)
    .map((ring) => `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L")}Z`)
    .join("");

const topology = JSON.parse(await readFile(path.join(ROOT, "node_modules/world-atlas/countries-50m.json"), "utf8")) as Topology;
const countries = feature(topology, topology.objects.countries as GeometryCollection);
const shapes = countries.features.flatMap((country) => {
  const name = COUNTRIES[String(country.id)];
  if (!name || !country.geometry) return [];
  const polygons =
    country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.type === "MultiPolygon" ? country.geometry.coordinates : [];
  const rings = polygons.flatMap((polygon) => polygon.map((ring) => clip(ring.map(([lon, lat]) => project(lon!, lat!)))));
  const d = toPath(rings);
  return d ? [{ id: name, d }] : [];
});

const out = path.join(ROOT, "lib/map/outline.json");
await writeFile(out, `${JSON.stringify({ bounds: MAP_BOUNDS, size: MAP_SIZE, source: "Natural Earth 1:50m via world-atlas 2.0.2", shapes })}\n`);
console.log(`written ${path.relative(ROOT, out)}: ${shapes.map((shape) => `${shape.id} ${shape.d.length}`).join(", ")}`);
