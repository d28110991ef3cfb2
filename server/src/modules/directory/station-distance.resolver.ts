import { Arg, Float, FieldResolver, Resolver, Root } from 'type-graphql';
import { Station } from '../station/station.entity';
import { distanceKm } from './geo';

@Resolver(() => Station)
export class StationDistanceResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Distance in km (haversine) from a point; null when the station has no coordinates.',
  })
  distanceKm(
    @Root() station: Station,
    @Arg('latitude', () => Float, { description: 'WGS84 latitude of the point.' }) latitude: number,
    @Arg('longitude', () => Float, { description: 'WGS84 longitude of the point.' })
    longitude: number,
  ) {
    if (station.latitude == null || station.longitude == null) return null;
    const km = distanceKm(
      { latitude, longitude },
      { latitude: station.latitude, longitude: station.longitude },
    );
    return Math.round(km * 100) / 100;
  }
}
