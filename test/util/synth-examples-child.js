// Child process of test/determinism.test.ts: synthesizes the named examples (and the security rule
// pack over them) into one app, the way a user's `cdktf synth` would, into the outdir given.
// Usage: node synth-examples-child.js <outdir> <example>...
'use strict';
const path = require('path');
const root = path.resolve(__dirname, '..', '..');
require(require.resolve('ts-node', { paths: [root] })).register({ transpileOnly: true, project: path.join(root, 'examples', 'tsconfig.json') });
const { App, TerraformStack } = require(require.resolve('cdktf', { paths: [root] }));
const { SecurityChecks } = require(path.join(root, 'lib'));

const [outdir, ...examples] = process.argv.slice(2);
const app = new App({ outdir });
for (const name of examples) require(path.join(root, 'examples', name, 'main.ts')).build(app);
// Annotations (warnings, suppressions) go into manifest.json, which is compared too.
for (const stack of app.node.findAll().filter((c) => TerraformStack.isStack(c))) {
  SecurityChecks.apply(stack, { allowedAccountIds: ['1234567890123456', '123456789'], requiredTags: ['team'] });
}
app.synth();
// What this process ran with, so the test can tell that the variations took effect.
const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
process.stdout.write(JSON.stringify({ cwd: process.cwd(), locale, timeZone, offsetMinutes: new Date(0).getTimezoneOffset() }));
