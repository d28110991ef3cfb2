import { Resolver } from 'type-graphql';
import { Counsellor } from './counsellor.entity';

// Placeholder: the CRUD operations and nested fields are being written.
@Resolver(() => Counsellor)
export class CounsellorResolver {}
