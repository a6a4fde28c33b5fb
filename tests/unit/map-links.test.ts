import { describe, expect, it } from 'vitest';
import { gsiMapUrl, mapLinks, osmMapUrl } from '../../src/lib/map-links';

describe('map links', () => {
  it('builds the 地理院地図 and OpenStreetMap URLs for a venue with coordinates', () => {
    expect(gsiMapUrl(33.3192, 130.5083)).toBe('https://maps.gsi.go.jp/#17/33.3192/130.5083/');
    expect(osmMapUrl(33.3192, 130.5083)).toBe('https://www.openstreetmap.org/?mlat=33.3192&mlon=130.5083#map=17/33.3192/130.5083');
    expect(mapLinks({ lat: 33.3192, lng: 130.5083 })).toEqual([
      { label: '地理院地図で場所を見る', href: 'https://maps.gsi.go.jp/#17/33.3192/130.5083/' },
      { label: 'OpenStreetMapで場所を見る', href: 'https://www.openstreetmap.org/?mlat=33.3192&mlon=130.5083#map=17/33.3192/130.5083' },
    ]);
  });

  it('rounds to six decimals, so float noise never reaches the URL', () => {
    expect(gsiMapUrl(33.319200000000004, 130.50834999)).toBe('https://maps.gsi.go.jp/#17/33.3192/130.50835/');
  });

  it('keeps negative coordinates and a zero', () => {
    expect(gsiMapUrl(-33.8688, 0)).toBe('https://maps.gsi.go.jp/#17/-33.8688/0/');
  });

  it('gives no links without both coordinates, or with impossible ones', () => {
    expect(mapLinks({})).toEqual([]);
    expect(mapLinks({ lat: 33.3 })).toEqual([]);
    expect(mapLinks({ lng: 130.5 })).toEqual([]);
    expect(mapLinks({ lat: Number.NaN, lng: 130.5 })).toEqual([]);
    expect(mapLinks({ lat: 95, lng: 130.5 })).toEqual([]);
  });
});
