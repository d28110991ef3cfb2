import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { printSchemaSnapshot } from '../server/src/schema-snapshot';

describe('schema/schema.graphql', () => {
  it('is the schema the resolvers build (run `npm run schema:emit` after API changes)', async () => {
    const committed = readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaSnapshot());
  });

  it('describes every type and field', async () => {
    const sdl = await printSchemaSnapshot();
    const schema = buildSchema(sdl);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const isRoot = ['Query', 'Mutation'].includes(type.name);
      const builtIn = ['Boolean', 'String', 'Int', 'Float', 'ID'].includes(type.name);
      if (!type.description && !builtIn && !isRoot) {
        undocumented.push(type.name);
      }
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) undocumented.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
