/** Where the waiter's words go: progress to stderr, the result to stdout, secrets to neither. */
export class Reporter {
  private readonly secrets = new Set<string>();

  /** What the program is waiting for right now, for the line a signal prints. */
  activity?: () => string;

  constructor(
    /** Names the program in each progress line. */
    public prefix = 'cdktf-alicloud-image-builder',
    private readonly out: (line: string) => void = (line) => process.stdout.write(line + '\n'),
    private readonly err: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  ) {}

  /** Registers a value (secret key, token) that is masked wherever it would be printed. */
  addSecret(value: string | undefined): void {
    // Very short values would mask ordinary words; real secrets are long.
    if (value && value.length >= 8) this.secrets.add(value);
  }

  progress(message: string): void {
    this.err(`${this.prefix}: ${this.redact(message)}`);
  }

  result(line: string): void {
    this.out(this.redact(line));
  }

  redact(text: string): string {
    let safe = text;
    for (const secret of this.secrets) safe = safe.split(secret).join('***');
    return safe;
  }
}
