import { boundingBox, distanceKm, type NearInput } from '../server/src/modules/directory/geo';

/**
 * Stations near a point are first narrowed by a latitude-longitude box (the index), then by the
 * distance: a box that cut into the circle would silently drop stations near its edge.
 */
describe('the box around a search circle', () => {
  /** The point `km` away from the centre in the direction `bearing` (degrees from north). */
  function pointAt(near: NearInput, km: number, bearing: number) {
    const rad = Math.PI / 180;
    const angle = km / 6371.0088;
    const lat1 = near.latitude * rad;
    const lat2 = Math.asin(
      Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing * rad),
    );
    const lon2 =
      near.longitude * rad +
      Math.atan2(
        Math.sin(bearing * rad) * Math.sin(angle) * Math.cos(lat1),
        Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2),
      );
    return { latitude: lat2 / rad, longitude: lon2 / rad };
  }

  const centres: NearInput[] = [
    { latitude: 60.17, longitude: 24.94, radiusKm: 10 }, // Helsinki
    { latitude: 69.91, longitude: 27.03, radiusKm: 10 }, // Utsjoki, far north
    { latitude: 65.98, longitude: 26.36, radiusKm: 500 }, // the largest radius allowed
    { latitude: 0, longitude: 0, radiusKm: 0.5 },
    { latitude: -45, longitude: 170, radiusKm: 100 },
  ];

  it.each(centres)('holds every point of the circle around %o', (near) => {
    const [south, north, west, east] = boundingBox(near)!;
    for (let bearing = 0; bearing < 360; bearing += 1) {
      // Just inside the circle by the same haversine the SQL uses.
      const point = pointAt(near, near.radiusKm * 0.999999, bearing);
      expect(distanceKm(near, point)).toBeLessThanOrEqual(near.radiusKm);
      expect(point.latitude).toBeGreaterThanOrEqual(south);
      expect(point.latitude).toBeLessThanOrEqual(north);
      expect(point.longitude).toBeGreaterThanOrEqual(west);
      expect(point.longitude).toBeLessThanOrEqual(east);
    }
  });

  it('is tight: points a little outside the circle in the four directions are outside it', () => {
    const near = centres[1];
    const [south, north, west, east] = boundingBox(near)!;
    expect(pointAt(near, 10.01, 0).latitude).toBeGreaterThan(north);
    expect(pointAt(near, 10.01, 180).latitude).toBeLessThan(south);
    // East and west the widest longitude is reached a little north of the centre's latitude.
    const widest = (bearing: number) =>
      Math.max(
        ...[0, 1, 2, 3].map((d) =>
          Math.abs(pointAt(near, 10.01, bearing - d).longitude - near.longitude),
        ),
      );
    expect(near.longitude + widest(90)).toBeGreaterThan(east);
    expect(near.longitude - widest(270)).toBeLessThan(west);
  });

  it('gives no box where a box of longitudes cannot bound the circle', () => {
    expect(boundingBox({ latitude: 89.99, longitude: 10, radiusKm: 10 })).toBeNull();
    expect(boundingBox({ latitude: 60, longitude: 179.99, radiusKm: 10 })).toBeNull();
    expect(boundingBox({ latitude: 60, longitude: -179.99, radiusKm: 10 })).toBeNull();
  });
});
