/**
 * The layout of lib/ (docs/ARCHITECTURE.md): rooms by domain, no import cycles between files, no
 * hand-written file too long to read in one sitting.
 */
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const madge = require('madge');

const LIB = path.resolve(__dirname, '..', 'lib');
const MAX_LINES = 400;

/** The hand-written TypeScript sources of lib/ (not the generated bindings, not jsii's output). */
function sources(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

test('lib/ has no import cycles (madge --circular over the .ts sources)', async () => {
  const result = await madge(LIB, {
    fileExtensions: ['ts'],
    excludeRegExp: [/(^|\/)generated\//, /\.d\.ts$/],
  });
  // madge found the files, so an empty cycle list means something.
  expect(Object.keys(result.obj()).length).toBeGreaterThan(30);
  expect(result.obj()['image/image-base.ts']).toEqual(expect.arrayContaining(['core/interfaces.ts']));
  expect(result.circular()).toEqual([]);
});

test(`no hand-written file in lib/ is longer than ${MAX_LINES} lines`, () => {
  const files = sources();
  expect(files.length).toBeGreaterThan(30);
  const long = files
    .map((f) => ({ file: path.relative(LIB, f), lines: fs.readFileSync(f, 'utf-8').split('\n').length }))
    .filter((f) => f.lines > MAX_LINES);
  expect(long).toEqual([]);
});

test('every lib/ source but index.ts lives in a room (a folder per domain)', () => {
  const rooms = ['core', 'image-builder', 'image', 'network', 'apsara-stack', 'patterns', 'aspects', 'private'];
  const misplaced = sources()
    .map((f) => path.relative(LIB, f))
    .filter((f) => f !== 'index.ts' && !rooms.includes(f.split(path.sep)[0]));
  expect(misplaced).toEqual([]);
});
