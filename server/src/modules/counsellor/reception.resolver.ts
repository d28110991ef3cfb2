import { Resolver } from 'type-graphql';
import { Reception } from './reception.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => Reception)
export class ReceptionResolver {}
