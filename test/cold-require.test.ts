/**
 * Issue 19, counted rather than timed: `require` of the built library (lib/*.js, as npm and the jsii
 * Python runtime load it) must not load any generated resource binding or the Apsara Stack
 * constructs; each loads on first use. Needs `npm run build` (npm test runs it first).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const built = fs.existsSync(path.join(ROOT, 'lib', 'index.js'));
const maybe = built ? test : test.skip;

/** The library files (relative to lib/) a fresh process has loaded after running `code`. */
function loadedAfter(code: string): string[] {
  const script = `require(${JSON.stringify(ROOT)}); ${code};
    console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(path.join(ROOT, 'lib') + path.sep)}))
      .map((f) => f.slice(${JSON.stringify(path.join(ROOT, 'lib') + path.sep)}.length))));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf-8' }));
}

maybe('require loads no resource binding and no Apsara Stack construct', () => {
  const loaded = loadedAfter('');
  expect(loaded.filter((f) => f.startsWith('generated/')).sort()).toEqual(['generated/alibabacloudstack/index.js', 'generated/alicloud/index.js']);
  expect(loaded.filter((f) => f.startsWith('apsara-stack/'))).toEqual([]);
  expect(loaded).toContain('patterns/golden-image-factory.js');
});

maybe('a construct loads its binding on first use; apsara loads on first access', () => {
  const lib = "const lib = require(" + JSON.stringify(ROOT) + "); const { App, TerraformStack } = require('cdktf'); const s = new TerraformStack(new App(), 's');";
  const withVpc = loadedAfter(`${lib} new lib.Vpc(s, 'V')`);
  expect(withVpc).toContain('generated/alicloud/vpc/index.js');
  expect(withVpc.filter((f) => f.startsWith('generated/alibabacloudstack/') && f !== 'generated/alibabacloudstack/index.js')).toEqual([]);
  const withApsara = loadedAfter(`${lib} new lib.apsara.Vpc(s, 'V')`);
  expect(withApsara).toContain('apsara-stack/vpc.js');
  expect(withApsara).toContain('generated/alibabacloudstack/vpc-vpc/index.js');
});
