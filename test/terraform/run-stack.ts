/**
 * Deploys synthesized stacks with real Terraform against the fake provider and the fake ECS
 * endpoint: init, validate, plan, apply, a clean second plan, destroy. For stacks made elsewhere
 * (e.g. the cdktn flavour's examples):
 *
 *   npx ts-node --transpile-only test/terraform/run-stack.ts <cdktf.out or stack dir>...
 *
 * A directory with `stacks/` runs each stack in it. Logs go to .e2e/logs/. Exits 1 on any failure.
 */
import * as fs from 'fs';
import * as path from 'path';
import { deployCycle, installProvider, missingTools } from './harness';

async function main(dirs: string[]): Promise<number> {
  if (dirs.length === 0) {
    console.error('usage: run-stack.ts <cdktf.out or stack dir>...');
    return 64;
  }
  const missing = missingTools();
  if (missing) {
    console.error(missing);
    return 1;
  }
  const cliConfig = installProvider();
  const stacks = dirs.flatMap((d) => fs.existsSync(path.join(d, 'stacks'))
    ? fs.readdirSync(path.join(d, 'stacks')).sort().map((s) => path.join(d, 'stacks', s))
    : [d]);
  let failed = 0;
  for (const [i, stack] of stacks.entries()) {
    const name = `run-${i + 1}-${path.basename(path.resolve(stack))}`;
    try {
      const result = await deployCycle(name, stack, cliConfig);
      if (result.created === 0 || result.remaining.length > 0) throw new Error(`created ${result.created}, ${result.remaining.length} left after destroy`);
      console.log(`ok   ${result.summary}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${stack}: ${(e as Error).message}`);
    }
  }
  console.log(`${stacks.length - failed} of ${stacks.length} stacks deployed, re-planned clean and destroyed`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
