import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HEAP_FLAGS } from '../server/src/heap-flags';

/**
 * The production server's heap flags (server/src/heap-flags.ts) are written in three places: the
 * benchmark measures the server with them, so `npm start` and the image must run it with the same.
 */
describe('the heap flags of the production server', () => {
  const root = path.join(__dirname, '..');
  const main = 'dist/server/src/main.js';

  it('are those of npm start', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toContain(`node ${HEAP_FLAGS.join(' ')} ${main}`);
  });

  it("are those of the image's command", () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect(cmd && JSON.parse(cmd[1])).toEqual(['node', ...HEAP_FLAGS, main]);
  });

  it('are flags this Node accepts', () => {
    // Node exits with "bad option" on a flag it does not know.
    const out = execFileSync(process.execPath, [...HEAP_FLAGS, '-e', 'console.log("ran")']);
    expect(out.toString().trim()).toBe('ran');
  });
});
