/**
 * The map's projection, shared by the outline generator (scripts/build-map.ts) and the page that
 * places markers: equirectangular, scaled by the cosine of the central latitude, which keeps
 * Kazakhstan's shape readable without a mapping library.
 */
export const MAP_BOUNDS = { west: 45, east: 90, south: 38.5, north: 56.5 } as const;
const CENTRE_LATITUDE = 47.5;
const SCALE = 20;
const X_SCALE = SCALE * Math.cos((CENTRE_LATITUDE * Math.PI) / 180);

export function project(lon: number, lat: number): [number, number] {
  return [Number(((lon - MAP_BOUNDS.west) * X_SCALE).toFixed(1)), Number(((MAP_BOUNDS.north - lat) * SCALE).toFixed(1))];
}

export const MAP_SIZE = {
  width: Math.round((MAP_BOUNDS.east - MAP_BOUNDS.west) * X_SCALE),
  height: Math.round((MAP_BOUNDS.north - MAP_BOUNDS.south) * SCALE),
};
