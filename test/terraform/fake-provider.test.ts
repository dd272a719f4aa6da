/**
 * The fake Terraform provider's own Go unit tests (test/terraform/fake-provider/*_test.go) and
 * `go vet`, so a change to the provider that the end-to-end tests would only notice indirectly fails
 * here first. Needs `go` (skipped with one line without it, a failure under CI=true, as e2e.test.ts).
 */
import { spawnSync } from 'child_process';
import { GO_ENV, missingTools, PROVIDER_SOURCE } from './harness';

const missing = missingTools(['go'], 'fake provider Go tests');
if (missing) console.log(missing);
const goTests = missing ? describe.skip : describe;

function go(...args: string[]): string {
  const run = spawnSync('go', args, { cwd: PROVIDER_SOURCE, encoding: 'utf-8', env: { ...process.env, ...GO_ENV } });
  if (run.status !== 0) throw new Error(`go ${args.join(' ')} in ${PROVIDER_SOURCE} exited ${run.status}:\n${run.stdout}${run.stderr}`);
  return run.stdout + run.stderr;
}

goTests('fake provider (Go)', () => {
  test('go test passes', () => {
    const out = go('test', '-count=1', '-v', './...');
    expect(out).toMatch(/^ok\s+\S+\/test\/terraform\/fake-provider\s/m);
    expect(out).not.toContain('[no tests to run]');
    expect(out).not.toMatch(/^--- FAIL/m);
    // The tests of each area ran (a renamed file or a build tag cannot drop them silently).
    for (const name of ['TestLoadsEveryTypeOfTheSubsets', 'TestEveryResourceTypeRoundTrips', 'TestChangedForceNewArgumentsRequireReplacement',
      'TestEveryDataSourceAnswersWithItsDeclaredTypes', 'TestImageLookupFindsBuiltImages', 'TestUnknownTypesAreErrorDiagnostics']) {
      expect(out).toMatch(new RegExp(`^--- PASS: ${name} `, 'm'));
    }
  }, 300_000);

  test('go vet is clean', () => {
    expect(go('vet', './...').trim()).toBe('');
  }, 300_000);
});
