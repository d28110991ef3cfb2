import { Resolver } from 'type-graphql';
import { ServiceCategory } from './service-category.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => ServiceCategory)
export class ServiceCategoryResolver {}
