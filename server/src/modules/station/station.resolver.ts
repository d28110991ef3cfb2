import { Resolver } from 'type-graphql';
import { Station } from './station.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => Station)
export class StationResolver {}
