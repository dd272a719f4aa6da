/**
 * A typed YAML component document (`Parameters` + `Tasks`, IMAGE_BUILDER_FACTS §1.5), rendered to
 * the YAML Image Builder reads. The rendering needs no YAML library: strings are written as JSON
 * strings (valid YAML double-quoted scalars) or, when they span lines, as literal blocks.
 */
import { IConstruct } from 'constructs';
import { checkMaxBytes, checkMaxItems, fail, isToken } from '../private/validation';
import {
  BooleanParameterOptions, InvokeCommandProps, NumberParameterOptions, OssDownloadProps, OssUploadProps, RebootProps, RunPowerShellCommandProps,
  RunShellCommandProps, StringParameterOptions, WebDownloadProps,
} from './component-task-props';

/** The API's limits for a component's content (IMAGE_BUILDER_FACTS §1.4). */
const MAX_CONTENT_BYTES = 16384;
const MAX_TASKS = 127;

/** Parameter names: a letter or `_` first (so YAML reads the key as text), then letters, digits, `_`, `.`, `-`. */
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Task names: letters, digits, `_` and `-` (a `.` would make `{{ task.stdout }}` ambiguous). */
const TASK_NAME = /^[A-Za-z0-9_-]+$/;
const REFERENCE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * The type of a component parameter.
 */
export enum ComponentParameterType {
  /** Text. */
  STRING = 'String',
  /** A number. */
  NUMBER = 'Number',
  /** true or false. */
  BOOLEAN = 'Boolean',
}

/** What an action needs: required and optional properties with their YAML types. */
interface ActionSpec {
  readonly required: Record<string, 'String' | 'Number' | 'Boolean' | 'Json'>;
  readonly optional: Record<string, 'String' | 'Number' | 'Boolean' | 'Json'>;
}

/**
 * A task action of a YAML component (the documented ones are constants). `of()` names an action
 * the library does not know yet: its properties are then written as given, unchecked.
 */
export class ComponentAction {
  /** Runs a shell command (Linux only). Output: `{{ <task>.stdout }}`. */
  public static readonly RUN_SHELL_COMMAND = new ComponentAction('RunShellCommand', 'Linux', {
    required: { commandContent: 'String' }, optional: { workingDir: 'String', username: 'String' },
  });

  /** Runs a PowerShell command (Windows only). */
  public static readonly RUN_POWERSHELL_COMMAND = new ComponentAction('RunPowerShellCommand', 'Windows', {
    required: { commandContent: 'String' }, optional: { workingDir: 'String', username: 'String', windowsPasswordName: 'String' },
  });

  /** Runs a Cloud Assistant common command. */
  public static readonly INVOKE_COMMAND = new ComponentAction('InvokeCommand', undefined, {
    required: { commandId: 'String' }, optional: { username: 'String', parameters: 'Json' },
  });

  /** Downloads an OSS object to the instance (the bucket needs the tag `allowImageBuilderAccess:true`). */
  public static readonly OSS_DOWNLOAD = new ComponentAction('OSSDownload', undefined, {
    required: { bucketName: 'String', destinationDir: 'String', objectName: 'String' }, optional: { ossRegion: 'String', validTime: 'Number' },
  });

  /** Uploads a file from the instance to OSS (the bucket needs the tag `allowImageBuilderAccess:true`). */
  public static readonly OSS_UPLOAD = new ComponentAction('OSSUpload', undefined, {
    required: { bucketName: 'String', fileToUpload: 'String', objectName: 'String' }, optional: { ossRegion: 'String', validTime: 'Number' },
  });

  /** Downloads a URL to the instance (needs Internet access). */
  public static readonly WEB_DOWNLOAD = new ComponentAction('WebDownload', undefined, {
    required: { sourcePath: 'String', destinationDir: 'String' }, optional: { tokenInfo: 'String', timeout: 'Number' },
  });

  /** Restarts the instance. */
  public static readonly REBOOT = new ComponentAction('Reboot', undefined, { required: {}, optional: { forceStop: 'Boolean' } });

  /**
   * An action by name, for actions newer than this library; its properties are not checked.
   */
  public static of(name: string): ComponentAction {
    const known = ComponentAction.documented().find((a) => a.name === name);
    return known ?? new ComponentAction(name, undefined, undefined);
  }

  /** The documented actions. */
  private static documented(): ComponentAction[] {
    return [ComponentAction.RUN_SHELL_COMMAND, ComponentAction.RUN_POWERSHELL_COMMAND, ComponentAction.INVOKE_COMMAND,
      ComponentAction.OSS_DOWNLOAD, ComponentAction.OSS_UPLOAD, ComponentAction.WEB_DOWNLOAD, ComponentAction.REBOOT];
  }

  /**
   * @param name the action as the YAML writes it
   * @param system the only system type it runs on, if any
   * @param spec its properties, when documented
   */
  private constructor(
    public readonly name: string,
    private readonly system: string | undefined,
    private readonly spec: ActionSpec | undefined,
  ) {}

  /** The action name. */
  public toString(): string {
    return this.name;
  }

  /**
   * Checks a task's properties for this action on a component of `systemType`.
   * @internal
   */
  public _validate(scope: IConstruct, property: string, systemType: string, properties: Record<string, unknown>): void {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(this.name)) fail(scope, `${property} Action`, 'must be a name of letters and digits', this.name);
    if (this.system !== undefined && this.system !== systemType) {
      fail(scope, `${property} Action`, `runs on ${this.system} only, but the component's systemType is ${systemType}`, this.name);
    }
    if (!this.spec) return;
    const all = { ...this.spec.required, ...this.spec.optional };
    for (const name of Object.keys(this.spec.required)) {
      const value = properties[name];
      if (value === undefined || value === null || value === '') fail(scope, `${property} ${name}`, `is required by ${this.name}`, value);
    }
    for (const [name, value] of Object.entries(properties)) {
      const type = all[name];
      if (type === undefined) fail(scope, `${property} properties`, `must be properties of ${this.name}: ${Object.keys(all).join(', ') || 'none'}`, name);
      if (value === undefined || isToken(value)) continue;
      const ok = type === 'String' ? typeof value === 'string'
        : type === 'Number' ? typeof value === 'number' && Number.isFinite(value)
          : type === 'Boolean' ? typeof value === 'boolean'
            : value !== null && typeof value === 'object' && !Array.isArray(value);
      if (!ok) fail(scope, `${property} ${name}`, `must be a ${type === 'Json' ? 'map' : type.toLowerCase()}`, value);
    }
  }
}

interface Parameter {
  readonly name: string;
  readonly type: ComponentParameterType;
  readonly defaultValue?: string | number | boolean;
}

interface Task {
  readonly name: string;
  readonly action: ComponentAction;
  readonly properties: Record<string, unknown>;
}

/**
 * A typed YAML component document: parameters, and tasks that run in order. Give it to a component
 * with `ImageComponentContent.fromDocument(doc)`; it is rendered and checked when the app is
 * synthesized, so tasks added later count.
 *
 * Checks: at least one task and at most 127; unique task and parameter names; each action's
 * required properties and their types; actions of the component's system type only
 * (RunShellCommand on Linux, RunPowerShellCommand on Windows); every `{{ name }}` names a parameter
 * and every `{{ task.stdout }}` an earlier task; at most 16 KB rendered.
 *
 * @example
 * const doc = ComponentDocument.create();
 * const version = doc.addStringParameter('nginxVersion', { defaultValue: '1.24.0' });
 * doc.addRunShellCommand('install', { commandContent: `yum install -y nginx-${version}` });
 */
export class ComponentDocument {
  /**
   * An empty document.
   */
  public static create(): ComponentDocument {
    return new ComponentDocument();
  }

  private readonly parameters: Parameter[] = [];
  private readonly tasks: Task[] = [];

  private constructor() {}

  /**
   * Adds a String parameter; returns its reference, `{{ name }}`, to use in task properties.
   */
  public addStringParameter(name: string, options: StringParameterOptions = {}): string {
    return this.addParameter(name, ComponentParameterType.STRING, options.defaultValue);
  }

  /**
   * Adds a Number parameter; returns its reference, `{{ name }}`.
   */
  public addNumberParameter(name: string, options: NumberParameterOptions = {}): string {
    return this.addParameter(name, ComponentParameterType.NUMBER, options.defaultValue);
  }

  /**
   * Adds a Boolean parameter; returns its reference, `{{ name }}`.
   */
  public addBooleanParameter(name: string, options: BooleanParameterOptions = {}): string {
    return this.addParameter(name, ComponentParameterType.BOOLEAN, options.defaultValue);
  }

  /**
   * The reference to a task's standard output, `{{ taskName.stdout }}`, for the properties of
   * later tasks.
   */
  public stdoutOf(taskName: string): string {
    return `{{ ${taskName}.stdout }}`;
  }

  /** Adds a `RunShellCommand` task (Linux). */
  public addRunShellCommand(name: string, props: RunShellCommandProps): ComponentDocument {
    return this.addTask(name, ComponentAction.RUN_SHELL_COMMAND, { ...props });
  }

  /** Adds a `RunPowerShellCommand` task (Windows). */
  public addRunPowerShellCommand(name: string, props: RunPowerShellCommandProps): ComponentDocument {
    return this.addTask(name, ComponentAction.RUN_POWERSHELL_COMMAND, { ...props });
  }

  /** Adds an `InvokeCommand` task (a Cloud Assistant common command). */
  public addInvokeCommand(name: string, props: InvokeCommandProps): ComponentDocument {
    return this.addTask(name, ComponentAction.INVOKE_COMMAND, { ...props });
  }

  /** Adds an `OSSDownload` task. */
  public addOssDownload(name: string, props: OssDownloadProps): ComponentDocument {
    return this.addTask(name, ComponentAction.OSS_DOWNLOAD, { ...props });
  }

  /** Adds an `OSSUpload` task. */
  public addOssUpload(name: string, props: OssUploadProps): ComponentDocument {
    return this.addTask(name, ComponentAction.OSS_UPLOAD, { ...props });
  }

  /** Adds a `WebDownload` task. */
  public addWebDownload(name: string, props: WebDownloadProps): ComponentDocument {
    return this.addTask(name, ComponentAction.WEB_DOWNLOAD, { ...props });
  }

  /** Adds a `Reboot` task. */
  public addReboot(name: string, props: RebootProps = {}): ComponentDocument {
    return this.addTask(name, ComponentAction.REBOOT, { ...props });
  }

  /**
   * Adds a task with any action and properties (checked against the action when it is documented).
   */
  public addTask(name: string, action: ComponentAction, properties: Record<string, any> = {}): ComponentDocument {
    const defined = Object.fromEntries(Object.entries(properties ?? {}).filter(([, v]) => v !== undefined));
    this.tasks.push({ name, action, properties: defined });
    return this;
  }

  /** The number of tasks. */
  public get taskCount(): number {
    return this.tasks.length;
  }

  /**
   * The YAML document exactly as Image Builder receives it (tokens stay tokens).
   */
  public render(): string {
    const lines: string[] = [];
    if (this.parameters.length > 0) {
      lines.push('Parameters:');
      for (const p of this.parameters) {
        lines.push(`  ${p.name}:`, `    Type: ${p.type}`);
        if (p.defaultValue !== undefined) lines.push(`    DefaultValue: ${scalar(p.defaultValue)}`);
      }
    }
    lines.push('Tasks:');
    for (const task of this.tasks) {
      lines.push(`  - Name: ${scalar(task.name)}`, `    Action: ${task.action.name}`);
      const entries = Object.entries(task.properties);
      if (entries.length > 0) {
        lines.push('    Properties:');
        for (const [key, value] of entries) lines.push(...keyValue(key, value, 6));
      }
    }
    return lines.join('\n') + '\n';
  }

  /**
   * The parameters without a default value, which every COMPONENT call must pass.
   * @internal
   */
  public _requiredParameters(): string[] {
    return this.parameters.filter((p) => p.defaultValue === undefined).map((p) => p.name);
  }

  /**
   * Checks the document for a component of `systemType` (`Linux` or `Windows`).
   * @internal
   */
  public _validate(scope: IConstruct, property: string, systemType: string): void {
    if (this.tasks.length === 0) fail(scope, property, 'must have at least one task', []);
    checkMaxItems(scope, `${property} tasks`, this.tasks, MAX_TASKS);
    const parameterNames = new Set<string>();
    for (const p of this.parameters) {
      const where = `${property} parameter ${p.name}`;
      if (!PARAMETER_NAME.test(p.name)) fail(scope, `${property} parameter name`, "must start with a letter or '_' and contain only letters, digits, '_', '.' and '-'", p.name);
      if (parameterNames.has(p.name)) fail(scope, `${property} parameter name`, 'must be unique', p.name);
      parameterNames.add(p.name);
      checkDefault(scope, `${where} defaultValue`, p);
    }
    const earlier = new Set<string>();
    this.tasks.forEach((task, i) => {
      const where = `${property} task ${i + 1}`;
      if (!TASK_NAME.test(task.name)) fail(scope, `${where} name`, "must contain only letters, digits, '_' and '-'", task.name);
      if (earlier.has(task.name)) fail(scope, `${where} name`, 'must be unique (later tasks refer to outputs by task name)', task.name);
      task.action._validate(scope, where, systemType, task.properties);
      for (const text of strings(task.properties)) checkReferences(scope, where, text, parameterNames, earlier);
      earlier.add(task.name);
    });
    checkMaxBytes(scope, property, this.render(), MAX_CONTENT_BYTES);
  }

  private addParameter(name: string, type: ComponentParameterType, defaultValue: string | number | boolean | undefined): string {
    this.parameters.push({ name, type, defaultValue });
    return `{{ ${name} }}`;
  }
}

function checkDefault(scope: IConstruct, property: string, p: Parameter): void {
  const value = p.defaultValue;
  if (value === undefined || isToken(value)) return;
  const expected = p.type === ComponentParameterType.STRING ? 'string' : p.type === ComponentParameterType.NUMBER ? 'number' : 'boolean';
  if (typeof value !== expected || (typeof value === 'number' && !Number.isFinite(value))) {
    fail(scope, property, `must be a ${expected} (the parameter's Type is ${p.type})`, value);
  }
}

/** Every `{{ x }}` must name a parameter, and every `{{ task.stdout }}` a task that runs before. */
function checkReferences(scope: IConstruct, where: string, text: string, parameters: Set<string>, earlierTasks: Set<string>): void {
  if (isToken(text)) return;
  for (const match of text.matchAll(REFERENCE)) {
    const reference = match[1];
    const output = /^([A-Za-z0-9_-]+)\.stdout$/.exec(reference);
    if (output) {
      if (!earlierTasks.has(output[1])) fail(scope, where, `refers to ${match[0]}, but no earlier task is named ${output[1]}`, text);
    } else if (!parameters.has(reference)) {
      fail(scope, where, `refers to ${match[0]}, which is not a parameter of the document`, text);
    }
  }
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** `key: value` lines at `indent`; maps nest, multi-line strings become literal blocks. */
function keyValue(key: string, value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const k = /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) ? key : JSON.stringify(key);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isToken(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [`${pad}${k}: {}`];
    return [`${pad}${k}:`, ...entries.flatMap(([nk, nv]) => keyValue(nk, nv, indent + 2))];
  }
  if (typeof value === 'string' && isBlockSafe(value)) {
    const body = value.endsWith('\n') ? value.slice(0, -1) : value;
    const header = value.endsWith('\n') ? '|' : '|-';
    return [`${pad}${k}: ${header}`, ...body.split('\n').map((line) => (line === '' ? '' : `${pad}  ${line}`))];
  }
  return [`${pad}${k}: ${scalar(value)}`];
}

/** A multi-line string that a literal block keeps exactly. */
function isBlockSafe(value: string): boolean {
  return value.includes('\n')
    && !value.endsWith('\n\n')
    && !/^\n*[ \t]/.test(value) // the first line with text sets the block's indentation
    && !/[\r\t\x00-\x08\x0b-\x1f\x7f]/.test(value)
    && !/[ ]\n|[ ]$/.test(value); // trailing spaces survive, but are invisible; keep them quoted
}

/** A scalar: numbers and booleans as they are, strings as JSON strings (valid YAML double-quoted). */
function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(String(value));
}
