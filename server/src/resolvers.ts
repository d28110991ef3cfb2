import { RegionResolver } from './modules/region/region.resolver';

export const RESOLVERS = [RegionResolver];
