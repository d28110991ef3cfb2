import { Resolver } from 'type-graphql';
import { ServiceAtStation } from './service-at-station.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => ServiceAtStation)
export class ServiceAtStationResolver {}
