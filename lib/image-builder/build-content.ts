import * as fs from 'fs';
import { IConstruct } from 'constructs';
import { IImageComponent } from './component-reference';
import {
  Command, componentCommand, MAX_COMMANDS, MAX_CONTENT_BYTES, parseCommand, splitCommands, validateCommand,
} from '../private/build-content-rules';
import { checkMaxBytes, checkMaxItems } from '../private/validation';

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
