import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFileSync, type Options } from '@swc/core';
import { PROJECT_ROOT } from '../src/db/project-root';

/**
 * Compiles server/ and seeds/ with swc (the options of .swcrc) into a folder of the run, so that
 * the measured servers run as plain JavaScript like `npm start` does: the TypeScript loader
 * (@swc-node/register) alone adds about 85 MB to a process's memory. Takes a second or two.
 * Returns the path of the compiled child.js. `root` is where the sources are (another revision's,
 * for `--compare`); the compiled code finds its packages in this project's node_modules.
 */
export function compileServer(outDir: string, root: string = PROJECT_ROOT): string {
  const swcrc = JSON.parse(readFileSync(path.join(root, '.swcrc'), 'utf8')) as Options;
  const options: Options = { ...swcrc, swcrc: false, sourceMaps: false };
  for (const folder of ['server', 'seeds']) {
    compileFolder(path.join(root, folder), path.join(outDir, folder), options);
  }
  return path.join(outDir, 'server/bench/child.js');
}

function compileFolder(from: string, to: string, options: Options): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      compileFolder(source, path.join(to, entry.name), options);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const { code } = transformFileSync(source, options);
      writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), code);
    } else if (entry.name.endsWith('.json')) {
      copyFileSync(source, path.join(to, entry.name));
    }
  }
}
