import { Resolver } from 'type-graphql';
import { Service } from './service.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => Service)
export class ServiceResolver {}
