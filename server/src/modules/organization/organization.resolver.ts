import { Resolver } from 'type-graphql';
import { Organization } from './organization.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => Organization)
export class OrganizationResolver {}
