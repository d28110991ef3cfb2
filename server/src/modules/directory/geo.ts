import { raw, type FilterQuery } from '@mikro-orm/core';
import { Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

/** Mean Earth radius used by the haversine formula, in km. */
const EARTH_RADIUS_KM = 6371.0088;
export const MAX_RADIUS_KM = 500;

@InputType({ description: 'A WGS84 point and a radius around it.' })
export class NearInput {
  @Field(() => Float, { description: 'WGS84 latitude, -90..90.' })
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float, { description: 'WGS84 longitude, -180..180.' })
  @Min(-180)
  @Max(180)
  longitude!: number;

  @Field(() => Float, {
    defaultValue: 10,
    description: `Radius in kilometres, at most ${MAX_RADIUS_KM}; default 10.`,
  })
  @Min(0)
  @Max(MAX_RADIUS_KM, { message: `radiusKm must not be greater than ${MAX_RADIUS_KM}` })
  radiusKm: number = 10;
}

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in km (haversine), as the SQL below computes it. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The haversine distance in km from a point to the coordinates of a station row (`alias`), as
 * SQL with two parameters (latitude, longitude); null when the station has no coordinates.
 * PostGIS is not available; for the distances of a directory the sphere is exact enough.
 */
export function distanceSql(alias: string): string {
  const lat = `radians(${alias}.latitude)`;
  const lon = `radians(${alias}.longitude)`;
  return (
    `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(` +
    `power(sin((${lat} - radians(?::float8)) / 2), 2) + ` +
    `cos(radians(?::float8)) * cos(${lat}) * power(sin((${lon} - radians(?::float8)) / 2), 2)))))`
  );
}

/** Parameters of distanceSql, in order. */
export function distanceParams(point: Point): number[] {
  return [point.latitude, point.latitude, point.longitude];
}

/** Latitudes and longitudes (degrees) that bound a circle: [south, north, west, east]. */
export type Box = [number, number, number, number];

/**
 * The smallest latitude-longitude box holding every point within `radiusKm` of the centre, slightly
 * widened against rounding; null when no such box exists (the circle reaches a pole or crosses the
 * 180th meridian: then only the distance decides). The box lets PostgreSQL read the stations of a
 * band through the (latitude, longitude) index instead of computing the distance of every station.
 */
export function boundingBox(near: NearInput): Box | null {
  const rad = Math.PI / 180;
  const angle = near.radiusKm / EARTH_RADIUS_KM;
  const latitudeReach = angle / rad;
  const south = near.latitude - latitudeReach;
  const north = near.latitude + latitudeReach;
  const sinReach = Math.sin(angle) / Math.cos(near.latitude * rad);
  if (south <= -90 || north >= 90 || sinReach >= 1) return null;
  const longitudeReach = Math.asin(sinReach) / rad;
  const west = near.longitude - longitudeReach;
  const east = near.longitude + longitudeReach;
  if (west <= -180 || east >= 180) return null;
  const margin = 1e-6 + latitudeReach * 1e-6;
  return [south - margin, north + margin, west - margin, east + margin];
}

/**
 * SQL true for the stations (a table alias) within `near.radiusKm` of the point, and its
 * parameters; those without coordinates never.
 */
export function stationsWithin(near: NearInput): {
  sql: (alias: string) => string;
  params: number[];
} {
  const box = boundingBox(near);
  return {
    sql: (alias) =>
      (box ? `${alias}.latitude between ? and ? and ${alias}.longitude between ? and ? and ` : '') +
      `${distanceSql(alias)} <= ?`,
    params: [...(box ?? []), ...distanceParams(near), near.radiusKm],
  };
}

/** Stations (root alias) within `near.radiusKm` of the point, as an ORM condition. */
export function stationWithin<T>(near: NearInput): FilterQuery<T> {
  const within = stationsWithin(near);
  return { [raw(within.sql, within.params)]: [] } as FilterQuery<T>;
}

/** ORDER BY key: nearest station first (root alias is a station). */
export function stationDistanceOrder(point: Point) {
  return raw((alias: string) => distanceSql(alias), distanceParams(point));
}

/**
 * For services: the distance to the nearest visible station where the service (root alias) is
 * delivered, null when none has coordinates.
 */
export function nearestDeliverySql(alias: string): string {
  return (
    `(select min(${distanceSql('s')}) from service_at_station sas` +
    ` join station s on s.id = sas.station_id` +
    ` where sas.service_id = ${alias}.id and sas.active and s.active and s.latitude is not null)`
  );
}

/** Services delivered at a visible station within `near.radiusKm` of the point. */
export function serviceDeliveredWithin<T>(near: NearInput): FilterQuery<T> {
  const condition = raw(
    (alias: string) => `${nearestDeliverySql(alias)} <= ?`,
    [...distanceParams(near), near.radiusKm],
  );
  return { [condition]: [] } as FilterQuery<T>;
}

/** ORDER BY key: services with the nearest delivery first. */
export function serviceDistanceOrder(point: Point) {
  return raw((alias: string) => nearestDeliverySql(alias), distanceParams(point));
}
