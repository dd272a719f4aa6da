/** The waiter's exit codes; documented in README "Waiting for the build" and in `--help`. */
export const ExitCode = {
  /** The build finished: SUCCESS, or PARTITION_SUCCESS unless --fail-on-partial-success. */
  SUCCESS: 0,
  /** The build ended FAILED, TEST_FAILED or CANCELLED (or PARTITION_SUCCESS with --fail-on-partial-success). */
  BUILD_FAILED: 1,
  /** The timeout passed before the build reached a final status. The build itself goes on. */
  TIMEOUT: 2,
  /** The API answered with something unreadable, or does not know the execution id. */
  BAD_RESPONSE: 3,
  /**
   * The credentials or the request were refused (unknown or disabled AccessKey, bad signature,
   * expired token, missing RAM permission, bad parameters), or no credentials were found.
   */
  REFUSED: 4,
  /** Bad command line or environment value. */
  USAGE: 64,
  /** Stopped by SIGINT (128 + 2, as shells report it); the build goes on in the cloud. */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM (128 + 15); the build goes on in the cloud. */
  TERMINATED: 143,
  /** A bug in the waiter. */
  INTERNAL: 70,
} as const;

/** An error that ends the program with a given exit code and a one-line message. */
export class WaiterExit extends Error {
  constructor(public readonly exitCode: number, message: string) {
    super(message);
    this.name = 'WaiterExit';
  }
}
