/**
 * Runs `fn` with the process in each of `zones` (Node applies a change of process.env.TZ at once), checking that
 * the switch took effect, then restores the zone the tests started in.
 */
export function withTimeZones<T>(zones: string[], fn: () => T): T[] {
  const original = process.env.TZ;
  try {
    return zones.map((zone) => {
      process.env.TZ = zone;
      const offset = new Date('2027-01-15T00:00:00Z').getTimezoneOffset();
      const expected = -Number(new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(new Date('2027-01-15T00:00:00Z')).find((p) => p.type === 'timeZoneName')!.value.replace('GMT', '').replace(':', '.').replace(/\.30/, '.5') || 0) * 60;
      if (offset !== expected) throw new Error(`TZ=${zone} did not take effect (offset ${offset}, expected ${expected})`);
      return fn();
    });
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}
