import { Resolver } from 'type-graphql';
import { Municipality } from './municipality.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => Municipality)
export class MunicipalityResolver {}
