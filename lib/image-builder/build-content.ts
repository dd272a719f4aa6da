import * as fs from 'fs';
import { IConstruct } from 'constructs';
import { ComponentType, IImageComponent } from './component-reference';
import { splitTokens } from '../private/template-escape';
import { checkMaxBytes, checkMaxItems, fail } from '../private/validation';

/** The API's limits for one content field (template or component), IMAGE_BUILDER_FACTS §1.4. */
const MAX_CONTENT_BYTES = 16384;
const MAX_COMMANDS = 127;

/** The Dockerfile-style commands Image Builder accepts (IMAGE_BUILDER_FACTS §1.3). */
const KEYWORDS = ['COMPONENT', 'RESTART', 'RUN', 'ENV', 'WORKDIR', 'COPY', 'USER', 'LABEL', 'CMD', 'ENTRYPOINT'];

/** Stand-in for an embedded token while checking the structure of a command. */
// Stands in for a token while a command's structure is checked; valid wherever a key, a parameter
// name or a JSON string may be, so tokens there pass the rules.
const TOKEN_PLACEHOLDER = 'TfTokenPlaceholder0';

const QUOTED_PAIRS = (key: string) => new RegExp(`^(${key}="[^"\\\\]*")(\\s+${key}="[^"\\\\]*")*$`);
const ENV_PAIRS = QUOTED_PAIRS('[A-Za-z_][A-Za-z0-9_]*');
const LABEL_PAIRS = QUOTED_PAIRS('[A-Za-z0-9][A-Za-z0-9._-]*');
const COMPONENT_ID = /^ic-[a-z0-9]+$/;
const COMPONENT_ARN = /^acs:ecs:[a-z0-9-]+:\d+:imagecomponent\/[a-zA-Z][a-zA-Z0-9:._-]{1,127}\/(\d+|\*)\.(\d+|\*)\.(\d+|\*)$/;
const PARAMETER_NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * Options for calling an image component from build content.
 */
export interface AddComponentOptions {
  /**
   * Values for the component's YAML `Parameters`, emitted as `--name value` in key order. Names are
   * letters, digits, `_`, `.` and `-`; values must not contain whitespace (the command has no quoting).
   *
   * @default - no parameters; parameters without a `DefaultValue` in the component must be given
   */
  readonly parameters?: Record<string, string>;
}

/**
 * A component referenced by name and version rather than by id:
 * `acs:ecs:<regionId>:<accountId>:imagecomponent/<componentName>/<major>.<minor>.<patch>`.
 */
export interface AddComponentByNameOptions extends AddComponentOptions {
  /** The component's name (`image_component_name`). */
  readonly componentName: string;

  /** The region the component lives in, e.g. `cn-hangzhou`. */
  readonly regionId: string;

  /** The Alibaba Cloud account id (digits) that owns the component. */
  readonly accountId: string;

  /**
   * The version, `major.minor.patch`; any part may be `*` for "latest matching", e.g. `1.*.*`.
   *
   * @default '*.*.*' (the latest version)
   */
  readonly componentVersion?: string;
}

/** One logical command: possibly several lines joined with a trailing `\`. */
interface Command {
  readonly text: string;
  /** The component object a COMPONENT command was built from, for type checks. */
  readonly component?: IImageComponent;
}

/**
 * The Dockerfile-style content of an Image Builder template or component, built command by command
 * (modelled on aws-cdk's `ec2.UserData`).
 *
 * `render()` returns exactly the text Image Builder will run, one command per line, no comments or
 * blank lines. When the content is synthesized, Terraform template sequences in your literal text
 * (`${` and `%{`) are escaped (`$${`, `%%{`), so shell variables such as `${HOME}` reach the build
 * unchanged; tokens embedded in the content (for example component ids) stay live references.
 *
 * Commands are checked when the content is given to a pipeline or component (at construction and
 * again at synth, because content can grow afterwards), so errors name that construct. Rules:
 * allowed keywords only (COMPONENT, RESTART, RUN, ENV, WORKDIR, COPY, USER, LABEL, CMD, ENTRYPOINT;
 * FROM is deprecated and ignored by the API, so it is rejected), continuation lines end with `\`,
 * RESTART takes nothing, ENV and LABEL values are double-quoted, COPY URLs carry no query string,
 * at most 127 commands (a continued command counts once) and at most 16 KB (UTF-8 bytes).
 */
export class BuildContent {
  /**
   * Empty content, to fill with the `add*` methods.
   */
  public static create(): BuildContent {
    return new BuildContent();
  }

  /**
   * Content from Dockerfile-style commands, one command per argument (a command may span lines that
   * end with `\`).
   */
  public static fromCommands(...commands: string[]): BuildContent {
    return new BuildContent().addCommands(...commands);
  }

  /**
   * Content from Dockerfile-style text. Blank lines and `#` comment lines (outside a continued
   * command) are dropped; Windows line endings become `\n`.
   */
  public static fromText(text: string): BuildContent {
    return new BuildContent().addCommands(...splitCommands(text));
  }

  /**
   * Content read (at construction, as UTF-8) from a Dockerfile-style file; see `fromText()`.
   *
   * @param path the file, relative to the current working directory or absolute
   */
  public static fromFile(path: string): BuildContent {
    return BuildContent.fromText(fs.readFileSync(path, 'utf-8'));
  }

  private readonly commands: Command[] = [];

  private constructor() {}

  /**
   * Adds Dockerfile-style commands as written, one command per argument.
   */
  public addCommands(...commands: string[]): BuildContent {
    for (const text of commands) this.commands.push({ text: text.replace(/\r\n/g, '\n') });
    return this;
  }

  /**
   * Adds one `RUN <command>` per argument: shell run on the build instance. A command may span
   * several lines when every line but the last ends with `\`.
   */
  public addRun(...commands: string[]): BuildContent {
    return this.addCommands(...commands.map((c) => `RUN ${c}`));
  }

  /**
   * Adds `ENV key="value"`: a system environment variable for later commands and the image.
   *
   * @param key letters, digits and `_`, not starting with a digit
   * @param value any text without double quotes, backslashes or line breaks (the syntax has no
   * documented escaping)
   */
  public addEnv(key: string, value: string): BuildContent {
    return this.addCommands(`ENV ${key}="${value}"`);
  }

  /**
   * Adds `WORKDIR <path>`: the working directory of later commands.
   */
  public addWorkdir(path: string): BuildContent {
    return this.addCommands(`WORKDIR ${path}`);
  }

  /**
   * Adds `COPY <source> <destination>`.
   *
   * A URL source is fetched with wget and must not have a query string; it needs Internet access on
   * the build instance (pipeline `internetMaxBandwidthOutMbps` > 0, or a vSwitch with NAT).
   *
   * @param source an http(s) URL or a path on the build instance
   * @param destination a directory on the build instance
   */
  public addCopy(source: string, destination: string): BuildContent {
    return this.addCommands(`COPY ${source} ${destination}`);
  }

  /**
   * Adds `USER <userName>`: the user that runs later commands. The user must already exist.
   */
  public addUser(userName: string): BuildContent {
    return this.addCommands(`USER ${userName}`);
  }

  /**
   * Adds `LABEL key="value"`: template metadata.
   */
  public addLabel(key: string, value: string): BuildContent {
    return this.addCommands(`LABEL ${key}="${value}"`);
  }

  /**
   * Adds one `LABEL k1="v1" k2="v2"` command with all labels, in key order.
   */
  public addLabels(labels: Record<string, string>): BuildContent {
    const pairs = Object.keys(labels).sort().map((k) => `${k}="${labels[k]}"`);
    return this.addCommands(`LABEL ${pairs.join(' ')}`);
  }

  /**
   * Adds `CMD ["executable","param1",...]` (exec form): what the image runs at system startup.
   */
  public addCmd(...args: string[]): BuildContent {
    return this.addCommands(`CMD ${JSON.stringify(args)}`);
  }

  /**
   * Adds `ENTRYPOINT ["executable","param1",...]` (exec form, the only clearly documented one).
   */
  public addEntrypoint(...args: string[]): BuildContent {
    return this.addCommands(`ENTRYPOINT ${JSON.stringify(args)}`);
  }

  /**
   * Adds `COMPONENT <componentId> --name value ...`: runs an image component (YAML or Dockerfile
   * style) at this point of the build. Only valid in a pipeline's build content, and only for Build
   * components (the provider cannot set test content).
   */
  public addComponent(component: IImageComponent, options: AddComponentOptions = {}): BuildContent {
    this.commands.push({ text: componentCommand(component.imageComponentId, options.parameters), component });
    return this;
  }

  /**
   * Adds `COMPONENT acs:ecs:<region>:<account>:imagecomponent/<name>/<version>`: runs a component
   * by name and version (wildcards allowed), for example a component managed in another stack.
   */
  public addComponentByName(options: AddComponentByNameOptions): BuildContent {
    const version = options.componentVersion ?? '*.*.*';
    const ref = `acs:ecs:${options.regionId}:${options.accountId}:imagecomponent/${options.componentName}/${version}`;
    return this.addCommands(componentCommand(ref, options.parameters));
  }

  /**
   * Adds `RESTART`: reboots the build instance before the next command.
   */
  public addRestart(): BuildContent {
    return this.addCommands('RESTART');
  }

  /**
   * The number of commands (a command continued over several lines counts once).
   */
  public get commandCount(): number {
    return this.commands.length;
  }

  /**
   * The content exactly as Image Builder receives it: one command per line, joined with `\n`, with
   * tokens (such as component ids) left as tokens. Deterministic for the same calls.
   */
  public render(): string {
    return this.commands.map((c) => c.text).join('\n');
  }

  /**
   * Whether any COPY fetches a URL (the build instance then needs Internet access).
   * @internal
   */
  public _copiesFromUrl(): boolean {
    return this.commands.some((c) => {
      const parsed = parseCommand(c.text);
      return parsed.keyword === 'COPY' && /^(https?|ftp):\/\//i.test(parsed.args);
    });
  }

  /**
   * The component objects the COMPONENT commands were built from.
   * @internal
   */
  public _components(): IImageComponent[] {
    return this.commands.flatMap((c) => (c.component ? [c.component] : []));
  }

  /**
   * Checks every command and the limits, naming the consuming construct and property in errors.
   * @internal
   */
  public _validate(scope: IConstruct, property: string, usage: 'template' | 'component'): void {
    this.commands.forEach((command, i) => validateCommand(scope, `${property} command ${i + 1}`, command, usage));
    checkMaxItems(scope, property, this.commands, MAX_COMMANDS);
    checkMaxBytes(scope, property, this.render(), MAX_CONTENT_BYTES);
  }
}

function componentCommand(ref: string, parameters: Record<string, string> = {}): string {
  const args = Object.keys(parameters).sort().map((k) => ` --${k} ${parameters[k]}`);
  return `COMPONENT ${ref}${args.join('')}`;
}

/**
 * Splits text into logical commands: blank and comment lines are dropped unless they continue a
 * command; a line ending in `\` continues onto the next one.
 */
function splitCommands(text: string): string[] {
  const commands: string[] = [];
  let current: string[] | undefined;
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (current) {
      current.push(line);
    } else if (line.trim() === '' || line.trim().startsWith('#')) {
      continue;
    } else {
      current = [line.trimStart()];
    }
    if (!continues(line)) {
      commands.push(current.join('\n'));
      current = undefined;
    }
  }
  // A dangling continuation is kept as written so that validation reports it.
  if (current) commands.push(current.join('\n'));
  return commands;
}

function continues(line: string): boolean {
  return /\\\s*$/.test(line);
}

/** Keyword and arguments of a logical command, continuation lines joined with a space. */
function parseCommand(text: string): { keyword: string; args: string } {
  const joined = text.split('\n').map((l) => l.replace(/\\\s*$/, '')).join(' ').trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(joined);
  return { keyword: match?.[1] ?? '', args: (match?.[2] ?? '').trim() };
}

/** The command with embedded tokens replaced by a placeholder, so that its structure can be checked. */
function withoutTokens(text: string): string {
  return splitTokens(text).map((p) => (p.isToken ? TOKEN_PLACEHOLDER : p.text)).join('');
}

function validateCommand(scope: IConstruct, property: string, command: Command, usage: 'template' | 'component'): void {
  const text = withoutTokens(command.text);
  const lines = text.split('\n');
  lines.slice(0, -1).forEach((line) => {
    if (!continues(line)) fail(scope, property, 'has a line break; every line but the last must end with \\ (one command per line)', command.text);
    // The shell reads "\ " as an escaped space, not as a continuation.
    if (!line.endsWith('\\')) fail(scope, property, 'has spaces after a \\ that continues the line; the \\ must be the last character', command.text);
  });
  if (continues(lines[lines.length - 1])) {
    fail(scope, property, 'ends with \\ but no line follows', command.text);
  }
  const { keyword, args } = parseCommand(text);
  if (keyword === TOKEN_PLACEHOLDER) return;
  if (keyword === 'FROM') {
    fail(scope, property, 'must not use FROM: it is deprecated and ignored by Image Builder; set the base image with BaseImage instead', command.text);
  }
  if (!KEYWORDS.includes(keyword)) {
    const hint = KEYWORDS.includes(keyword.toUpperCase()) ? ' (keywords are uppercase)' : '';
    fail(scope, property, `must start with one of ${KEYWORDS.join(', ')}${hint}`, command.text);
  }
  const rule = RULES[keyword];
  const problem = rule(args, usage, command);
  if (problem) fail(scope, property, `${keyword} ${problem}`, command.text);
}

/** Per-keyword argument rules; each returns what is wrong, or undefined. */
const RULES: Record<string, (args: string, usage: 'template' | 'component', command: Command) => string | undefined> = {
  RESTART: (args) => (args ? 'must not be followed by anything' : undefined),
  RUN: (args) => (args ? undefined : 'needs a shell command'),
  ENV: (args) => (ENV_PAIRS.test(args)
    ? undefined
    : 'needs key="value" pairs: keys are letters, digits and _ (not starting with a digit), values are double-quoted without quotes, backslashes or line breaks inside'),
  LABEL: (args) => (LABEL_PAIRS.test(args)
    ? undefined
    : 'needs key="value" pairs: keys are letters, digits, ., _ and -, values are double-quoted without quotes, backslashes or line breaks inside'),
  WORKDIR: (args) => (/^\S+$/.test(args) ? undefined : 'needs exactly one path without spaces'),
  USER: (args) => (/^\S+$/.test(args) ? undefined : 'needs exactly one user name'),
  COPY: (args) => {
    const parts = args.split(/\s+/);
    if (parts.length !== 2 || !parts[0]) return 'needs a source and a destination without spaces';
    if (/^(https?|ftp):\/\//i.test(parts[0]) && parts[0].includes('?')) return 'URL sources must not have a query string (they are fetched with wget)';
    return undefined;
  },
  CMD: (args) => {
    if (!args) return 'needs a command';
    return args.startsWith('[') ? execFormProblem(args) : undefined;
  },
  ENTRYPOINT: (args) => execFormProblem(args),
  COMPONENT: (args, usage, command) => {
    if (usage === 'component') return 'is only allowed in a pipeline build template, not in a component';
    if (command.component?.componentType === ComponentType.TEST) {
      return 'must reference a Build component: Test components only run in test templates, which the provider cannot set';
    }
    const [ref, ...params] = args.split(/\s+/);
    if (!ref) return 'needs a component id or acs:ecs:...:imagecomponent/<name>/<major>.<minor>.<patch> reference';
    if (!ref.includes(TOKEN_PLACEHOLDER) && !COMPONENT_ID.test(ref) && !COMPONENT_ARN.test(ref)) {
      return 'needs a component id (ic-...) or acs:ecs:<region>:<account>:imagecomponent/<name>/<major>.<minor>.<patch> reference (each part a number or *)';
    }
    for (let i = 0; i < params.length; i += 2) {
      const name = params[i];
      if (!name.startsWith('--') || !PARAMETER_NAME.test(name.slice(2))) return `parameters must be --name value pairs, got ${JSON.stringify(name)}`;
      if (params[i + 1] === undefined || params[i + 1].startsWith('--')) return `parameter ${name} needs a value without spaces`;
    }
    const missing = (command.component?.requiredParameters ?? []).filter((p) => !params.includes(`--${p}`));
    if (missing.length > 0) return `must pass ${missing.map((p) => `--${p}`).join(', ')}: the component's parameter has no DefaultValue`;
    return undefined;
  },
};

function execFormProblem(args: string): string | undefined {
  const problem = 'needs the exec form ["executable","param1",...]';
  try {
    const parsed = JSON.parse(args);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((a) => typeof a === 'string')) return undefined;
    return problem;
  } catch {
    return problem;
  }
}
