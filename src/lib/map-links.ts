/**
 * Links to a venue on a map, for venues with coordinates: 地理院地図 (the national survey's map, what municipal
 * pages usually link) and OpenStreetMap. Plain links only — no embedded map and no third-party script on our pages.
 */
import { t } from '../i18n/ja';

export interface MapLink {
  label: string;
  href: string;
}

/** Zoom 17 shows the building and the streets around it. */
const ZOOM = 17;

/** Six decimals is about 10 cm: enough for a door, and no float noise (35.123456789 → 35.123457) in the URL. */
const coord = (n: number) => String(Math.round(n * 1e6) / 1e6);

const valid = (lat: unknown, lng: unknown): lat is number =>
  typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng)
  && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;

export const gsiMapUrl = (lat: number, lng: number, zoom = ZOOM) => `https://maps.gsi.go.jp/#${zoom}/${coord(lat)}/${coord(lng)}/`;

export const osmMapUrl = (lat: number, lng: number, zoom = ZOOM) =>
  `https://www.openstreetmap.org/?mlat=${coord(lat)}&mlon=${coord(lng)}#map=${zoom}/${coord(lat)}/${coord(lng)}`;

/** The map links for a venue, or none when it has no (or only half its) coordinates. */
export function mapLinks(venue: { lat?: number; lng?: number }): MapLink[] {
  const { lat, lng } = venue;
  if (!valid(lat, lng)) return [];
  return [
    { label: t('map.gsi'), href: gsiMapUrl(lat, lng as number) },
    { label: t('map.osm'), href: osmMapUrl(lat, lng as number) },
  ];
}
