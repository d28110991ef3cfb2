import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/db/project-root';
import { printSchemaSnapshot } from '../src/schema-snapshot';

/** `npm run schema:emit`: writes schema/schema.graphql (committed; a test checks it is current). */
printSchemaSnapshot().then((sdl) => {
  writeFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), sdl);
  console.log('Wrote schema/schema.graphql');
});
