#!/usr/bin/env node
// Type-checks src/waiter and bundles it with the Alibaba Cloud SDK into ONE file,
// assets/waiter/waiter.js: the package's `bin` and the file BuildWaiter ships with each stack as a
// TerraformAsset, so `terraform apply` needs only node, no node_modules and no download.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const outfile = path.join(root, 'assets', 'waiter', 'waiter.js');
const pkg = require(path.join(root, 'package.json'));
// The banner names the command, not the package: the cdktf and cdktn flavours (scripts/build-twin.js)
// then ship byte-identical bundles, so the waiter asset's hash is the same in both.
const [command] = Object.keys(pkg.bin);

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'src', 'waiter', 'tsconfig.json')], { stdio: 'inherit' });

// The ECS client's model barrel holds every ECS API's request/response classes (about 4.6 MB of JavaScript); the
// client reads them only inside the method that is called. The waiter calls a few APIs, so the barrel
// is swapped for their models: a model left out here is `undefined` when the client casts the
// answer, so every API the waiter calls must be listed. test/waiter.test.ts runs the result.
const USED_APIS = ['DescribeImagePipelineExecutions', 'ModifyImageAttribute', 'StartImagePipelineExecution',
  // Post-build settings and retention (src/waiter/image-api.ts).
  'DescribeImages', 'TagResources', 'DescribeInstances', 'DescribeImageSharePermission', 'ModifyImageSharePermission', 'DeleteImage'];
const ONLY_USED_MODELS = {
  name: 'only-used-ecs-models',
  setup(build) {
    build.onResolve({ filter: /^\.\/models\/model$/ }, (args) => {
      if (!/[\\/]@alicloud[\\/]ecs20140526[\\/]dist$/.test(args.resolveDir)) return undefined;
      return { path: path.join(args.resolveDir, 'models', 'used-models.js'), namespace: 'ecs-models' };
    });
    build.onLoad({ filter: /.*/, namespace: 'ecs-models' }, (args) => ({
      resolveDir: path.dirname(args.path),
      loader: 'js',
      contents: USED_APIS.flatMap((api) => [`${api}Request`, `${api}Response`, `${api}ResponseBody`])
        .map((m) => `Object.assign(exports, require('./${m}'));`).join('\n'),
    }));
  },
};

esbuild.build({
  entryPoints: [path.join(root, 'src', 'waiter', 'cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: true,
  // Error class names (ThrottlingError, ClientError) stay readable in messages.
  keepNames: true,
  legalComments: 'eof',
  banner: { js: `#!/usr/bin/env node\n// ${command} ${pkg.version} build waiter, bundled with @alicloud/ecs20140526, @alicloud/openapi-core and @alicloud/credentials. Do not edit: built from src/waiter by npm run bundle:waiter.` },
  logLevel: 'warning',
  plugins: [ONLY_USED_MODELS],
}).then(() => {
  fs.chmodSync(outfile, 0o755);
  console.log(`bundled ${path.relative(root, outfile)} (${Math.round(fs.statSync(outfile).size / 1024)} KiB)`);
}, () => process.exit(1));
