// The rules of build content (Dockerfile-style commands, IMAGE_BUILDER_FACTS §1.3-1.4): how a
// command is split, parsed and checked. BuildContent (image-builder/build-content.ts) holds the
// commands and calls these; the rules live here beside the other validation rules.
import { IConstruct } from 'constructs';
import { ComponentType, IImageComponent } from '../image-builder/component-reference';
import { splitTokens } from './template-escape';
import { fail } from './validation';

/** The API's limits for one content field (template or component), IMAGE_BUILDER_FACTS §1.4. */
export const MAX_CONTENT_BYTES = 16384;
export const MAX_COMMANDS = 127;

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

/** One logical command: possibly several lines joined with a trailing `\`. */
export interface Command {
  readonly text: string;
  /** The component object a COMPONENT command was built from, for type checks. */
  readonly component?: IImageComponent;
}

export function componentCommand(ref: string, parameters: Record<string, string> = {}): string {
  const args = Object.keys(parameters).sort().map((k) => ` --${k} ${parameters[k]}`);
  return `COMPONENT ${ref}${args.join('')}`;
}

/**
 * Splits text into logical commands: blank and comment lines are dropped unless they continue a
 * command; a line ending in `\` continues onto the next one.
 */
export function splitCommands(text: string): string[] {
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
export function parseCommand(text: string): { keyword: string; args: string } {
  const joined = text.split('\n').map((l) => l.replace(/\\\s*$/, '')).join(' ').trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(joined);
  return { keyword: match?.[1] ?? '', args: (match?.[2] ?? '').trim() };
}

/** The command with embedded tokens replaced by a placeholder, so that its structure can be checked. */
function withoutTokens(text: string): string {
  return splitTokens(text).map((p) => (p.isToken ? TOKEN_PLACEHOLDER : p.text)).join('');
}

export function validateCommand(scope: IConstruct, property: string, command: Command, usage: 'template' | 'component'): void {
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
