/**
 * `cdktf-alicloud-image-builder` command (the package's `bin`, bundled into assets/waiter/waiter.js).
 * Subcommand `wait-execution` waits for an Image Builder execution; see options.ts for its flags.
 */
import { cleanCredentialError, resolveCredential, SECRET_ENVS } from './credentials';
import { ExecutionApi } from './ecs-api';
import { ImageApi } from './image-api';
import { ExitCode, WaiterExit } from './exit-codes';
import { parseWaitOptions, WAIT_EXECUTION_HELP } from './options';
import { Reporter } from './reporter';
import { retainImagesCommand } from './retention';
import { waitForExecution } from './wait-execution';

const HELP = `Usage: cdktf-alicloud-image-builder <command> [options]

Commands:
  wait-execution   wait until an ECS Image Builder execution finishes and print its image id
                   (cdktf-alicloud-image-builder wait-execution --help for details)
  retain-images    deprecate or delete a factory's older images (retain-images --help)
`;

async function waitExecution(argv: string[], reporter: Reporter): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(WAIT_EXECUTION_HELP);
    return ExitCode.SUCCESS;
  }
  const options = parseWaitOptions(argv, process.env);
  const { credential, source } = resolveCredential(process.env);
  // Resolved once up front: no credentials fails fast, and secrets from a file or RAM role get masked too.
  try {
    const resolved = await credential.getCredential();
    reporter.addSecret(resolved.accessKeySecret);
    reporter.addSecret(resolved.securityToken);
  } catch (e) {
    throw new WaiterExit(ExitCode.REFUSED, `no usable Alibaba Cloud credentials from ${source} (set ALIBABA_CLOUD_ACCESS_KEY_ID and `
      + 'ALIBABA_CLOUD_ACCESS_KEY_SECRET, or ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY, or use a credentials file, a CLI profile or an '
      + `ECS RAM role): ${cleanCredentialError((e as Error).message)}`);
  }
  // The image API (post-build settings) shares the credentials; it calls each copy's region too.
  return waitForExecution(options, Object.assign(new ExecutionApi(options, credential), { images: new ImageApi(options, credential) }), reporter);
}

/** SIGINT and SIGTERM say what was being waited for, then exit with their documented code. */
function onSignals(reporter: Reporter): void {
  const stop = (signal: NodeJS.Signals, code: number) => {
    const what = reporter.activity?.() ?? 'nothing yet (still starting)';
    reporter.progress(`stopped by ${signal} while waiting for ${what}; the build goes on in the cloud, and the next terraform apply waits again`);
    process.stderr.write('', () => process.exit(code));
  };
  process.once('SIGINT', () => stop('SIGINT', ExitCode.INTERRUPTED));
  process.once('SIGTERM', () => stop('SIGTERM', ExitCode.TERMINATED));
}

export async function main(argv: string[]): Promise<number> {
  const reporter = new Reporter();
  onSignals(reporter);
  for (const name of SECRET_ENVS) reporter.addSecret(process.env[name]);
  const [command, ...rest] = argv;
  try {
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP);
      return ExitCode.SUCCESS;
    }
    if (command === 'wait-execution') {
      reporter.prefix = 'wait-execution';
      return await waitExecution(rest, reporter);
    }
    if (command === 'retain-images') {
      reporter.prefix = 'retain-images';
      return await retainImagesCommand(rest, reporter);
    }
    throw new WaiterExit(ExitCode.USAGE, command ? `unknown command ${JSON.stringify(command)}\n${HELP}` : HELP);
  } catch (e) {
    if (e instanceof WaiterExit) {
      reporter.progress(e.message);
      return e.exitCode;
    }
    reporter.progress(`unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    return ExitCode.INTERNAL;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    // Exit once stdout is flushed; an idle keep-alive socket must not hold the process open.
    process.stdout.write('', () => process.exit(code));
  });
}
