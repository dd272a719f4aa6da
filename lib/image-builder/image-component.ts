import * as fs from 'fs';
import { Lazy, TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { BuildContent } from './build-content';
import { ComponentDocument } from './component-document';
import { ComponentType, IImageComponent } from './component-reference';
import { assertImageBuilderAvailable } from '../private/cloud';
import { checkAlicloudProvider } from '../private/providers';
import {
  checkDescription, checkMaxBytes, checkNowAndAtSynth, checkMaxItems, checkOneOf, checkPattern, checkRequired, checkResourceName, checkTags, fail,
} from '../private/validation';
import { literal, literalValue } from '../private/template-escape';
import { checkArgs, checkProps, instanceOf, nonEmpty, obj, oneOf, required, str, strMap } from '../private/runtime-checks';
import * as alicloud from '../generated/alicloud';

const IMAGE_COMPONENT_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ImageComponent');

/** YAML actions and the systems they run on (IMAGE_BUILDER_FACTS §1.5). */
const YAML_ACTIONS: Record<string, string | undefined> = {
  RunShellCommand: 'Linux',
  RunPowerShellCommand: 'Windows',
  InvokeCommand: undefined,
  OSSDownload: undefined,
  OSSUpload: undefined,
  WebDownload: undefined,
  Reboot: undefined,
};

/**
 * The operating system a component runs on (`system_type`).
 */
export enum SystemType {
  /** Linux: Dockerfile-style or YAML content. */
  LINUX = 'Linux',
  /** Windows: YAML content only (Dockerfile-style commands are Linux only). */
  WINDOWS = 'Windows',
}

/**
 * The format of a component's content.
 */
export enum ComponentContentFormat {
  /** Dockerfile-style commands (Linux only). */
  DOCKERFILE = 'DOCKERFILE',
  /** YAML with `Parameters` and `Tasks` (Linux and Windows). */
  YAML = 'YAML',
}

/**
 * What is known about an existing component.
 */
export interface ImageComponentAttributes {
  /** The component id (`ic-...`). */
  readonly imageComponentId: string;

  /**
   * Whether it is a Build or a Test component; given, it lets build content reject Test components.
   *
   * @default - unknown
   */
  readonly componentType?: ComponentType;

  /**
   * The names of the component's YAML parameters that have no `DefaultValue`: build content that
   * calls the component must pass each of them.
   *
   * @default - unknown: calls are not checked for missing parameters
   */
  readonly requiredParameters?: string[];

  /**
   * The provider of the component's region (a component exists in one region only): a pipeline
   * that builds in another region is rejected at synth.
   *
   * @default - unknown: the region is not checked
   */
  readonly provider?: TerraformProvider;
}

/**
 * The content of an image component: Dockerfile-style commands (Linux) or YAML (Linux and Windows).
 */
export class ImageComponentContent {
  /**
   * Dockerfile-style commands. Components cannot call other components (no COMPONENT) and never
   * contain FROM; this format is Linux only.
   */
  public static fromBuildContent(content: BuildContent): ImageComponentContent {
    checkArgs('ImageComponentContent.fromBuildContent', { content }, { content: required(instanceOf(BuildContent, 'BuildContent')) });
    return new ImageComponentContent(ComponentContentFormat.DOCKERFILE, content, undefined);
  }

  /**
   * A typed YAML document (parameters and tasks), rendered and checked when the app is synthesized,
   * so tasks added to the document afterwards count.
   */
  public static fromDocument(document: ComponentDocument): ImageComponentContent {
    return new ImageComponentContent(ComponentContentFormat.YAML, undefined, undefined, document);
  }

  /**
   * YAML content with a top-level `Tasks:` list (and optional `Parameters:`). Parameters are
   * referenced as `{{ name }}` inside the YAML; Terraform's `${`/`%{` are escaped for you.
   */
  public static fromYaml(yaml: string): ImageComponentContent {
    checkArgs('ImageComponentContent.fromYaml', { yaml }, { yaml: required(str) });
    return new ImageComponentContent(ComponentContentFormat.YAML, undefined, yaml.replace(/\r\n/g, '\n'));
  }

  /**
   * YAML content read (at construction, as UTF-8) from a file; see `fromYaml()`.
   */
  public static fromYamlFile(path: string): ImageComponentContent {
    checkArgs('ImageComponentContent.fromYamlFile', { path }, { path: required(str) });
    return ImageComponentContent.fromYaml(fs.readFileSync(path, 'utf-8'));
  }

  /** The content's format. */
  public readonly format: ComponentContentFormat;

  private readonly buildContent?: BuildContent;
  private readonly yaml?: string;
  private readonly document?: ComponentDocument;

  protected constructor(format: ComponentContentFormat, buildContent: BuildContent | undefined, yaml: string | undefined, document?: ComponentDocument) {
    this.format = format;
    this.buildContent = buildContent;
    this.yaml = yaml;
    this.document = document;
  }

  /**
   * The content exactly as Image Builder receives it (unescaped).
   */
  public render(): string {
    if (this.document) return this.document.render();
    return this.buildContent ? this.buildContent.render() : this.yaml ?? '';
  }

  /**
   * The YAML `Parameters` that have no `DefaultValue` (none for Dockerfile-style content).
   * @internal
   */
  public _requiredParameters(): string[] {
    if (this.document) return this.document._requiredParameters();
    return yamlParameters(this.yaml ?? '').filter((p) => !p.hasDefault).map((p) => p.name);
  }

  /**
   * Checks the content for a component of the given system type.
   * @internal
   */
  public _validate(scope: IConstruct, property: string, systemType: SystemType): void {
    if (this.buildContent) {
      if (systemType === SystemType.WINDOWS) {
        fail(scope, property, 'must be YAML for Windows components: Dockerfile-style commands run on Linux only', this.render());
      }
      this.buildContent._validate(scope, property, 'component');
      return;
    }
    if (this.document) {
      this.document._validate(scope, property, systemType);
      return;
    }
    validateYaml(scope, property, this.render(), systemType);
  }
}

/** Basic structural checks of component YAML; no YAML parser is needed for these. */
function validateYaml(scope: IConstruct, property: string, yaml: string, systemType: SystemType): void {
  if (!/^Tasks:\s*$/m.test(yaml)) fail(scope, property, 'must have a top-level Tasks: key', yaml);
  const tabIndented = yaml.split('\n').find((line) => /^ *\t/.test(line));
  if (tabIndented !== undefined) fail(scope, property, 'must indent with spaces, not tabs (YAML)', tabIndented);
  if (/^FROM\s/m.test(yaml)) fail(scope, property, 'must not contain FROM', yaml);
  const actions = [...yaml.matchAll(/^\s*(?:-\s+)?Action:\s*["']?([^\s"'#]+)/gm)].map((m) => m[1]);
  if (actions.length === 0) fail(scope, property, 'must have at least one task with an Action', yaml);
  checkMaxItems(scope, `${property} tasks`, actions, 127);
  for (const action of actions) {
    if (!(action in YAML_ACTIONS)) {
      fail(scope, `${property} Action`, `must be one of ${Object.keys(YAML_ACTIONS).join(', ')}`, action);
    }
    const system = YAML_ACTIONS[action];
    if (system && system !== systemType) {
      fail(scope, `${property} Action`, `runs on ${system} only, but the component's systemType is ${systemType}`, action);
    }
  }
  const names = [...yaml.matchAll(/^\s*(?:-\s+)?Name:\s*["']?([^\s"'#]+)/gm)].map((m) => m[1]);
  if (names.length < actions.length) fail(scope, `${property} tasks`, 'must each have a Name', names);
  for (const parameter of yamlParameters(yaml)) {
    if (!['String', 'Number', 'Boolean'].includes(parameter.type ?? '')) {
      fail(scope, `${property} parameter ${parameter.name} Type`, 'must be String, Number or Boolean', parameter.type);
    }
  }
  checkMaxBytes(scope, property, yaml, 16384);
}

/** The entries of the top-level `Parameters:` map: name, Type and whether a DefaultValue is given. */
function yamlParameters(yaml: string): Array<{ name: string; type?: string; hasDefault: boolean }> {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => /^Parameters:\s*$/.test(line));
  if (start < 0) return [];
  const parameters: Array<{ name: string; type?: string; hasDefault: boolean }> = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // the next top-level key
    const entry = /^ {1,4}([A-Za-z0-9_.-]+):\s*$/.exec(line);
    const type = /^\s+Type:\s*["']?([^\s"'#]+)/.exec(line);
    if (entry) parameters.push({ name: entry[1], hasDefault: false });
    else if (type && parameters.length > 0) parameters[parameters.length - 1].type = type[1];
    else if (/^\s+DefaultValue:/.test(line) && parameters.length > 0) parameters[parameters.length - 1].hasDefault = true;
  }
  return parameters;
}

/**
 * Properties of an image component. Every property except `tags` and `resourceGroupId` is
 * ForceNew: changing it replaces the component (and so every pipeline whose build content uses it).
 */
export interface ImageComponentProps {
  /**
   * What the component does: `ImageComponentContent.fromBuildContent(...)` or `fromYaml(...)`.
   */
  readonly content: ImageComponentContent;

  /**
   * The component name: 2-128 characters, a letter first, letters, digits, `:`, `_`, `.` and `-`,
   * not starting with http(s)://. Name and version must be unique together.
   *
   * @default - Image Builder uses the component id as the name
   */
  readonly imageComponentName?: string;

  /**
   * The version, `major.minor.patch`. When you set both name and version, bump the version whenever
   * the content changes: the replacement is created before the old component is deleted if a
   * pipeline using it is replaced in the same deploy.
   *
   * @default - Image Builder assigns `(x+1).0.0`, x being the highest major version of this name
   */
  readonly componentVersion?: string;

  /**
   * Build or Test.
   *
   * @default ComponentType.BUILD
   */
  readonly componentType?: ComponentType;

  /**
   * The operating system the component runs on.
   *
   * @default SystemType.LINUX
   */
  readonly systemType?: SystemType;

  /**
   * A description: 2-256 characters, not starting with http(s)://.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags: at most 20; keys 1-128 characters, not `aliyun...`/`acs:...`; values up to 128 characters.
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * The resource group.
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * The provider (region) to create the component with; use the same one as the pipelines that
   * call it.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * An Image Builder component (`alicloud_ecs_image_component`): a reusable set of build steps that
 * pipelines call with `BuildContent.addComponent()`.
 *
 * The L1 resource is `resource` (also `node.defaultChild`), for `addOverride` escape hatches.
 */
export class ImageComponent extends Construct implements IImageComponent {
  /**
   * Imports an existing component by id; creates no resources.
   */
  public static fromImageComponentId(scope: Construct, id: string, imageComponentId: string): IImageComponent {
    return ImageComponent.fromImageComponentAttributes(scope, id, { imageComponentId });
  }

  /**
   * Imports an existing component from its attributes; creates no resources.
   */
  public static fromImageComponentAttributes(scope: Construct, id: string, attrs: ImageComponentAttributes): IImageComponent {
    class Import extends Construct implements IImageComponent {
      public readonly imageComponentId = attrs.imageComponentId;
      public readonly componentType = attrs.componentType;
      public readonly requiredParameters = attrs.requiredParameters;
      public readonly provider = attrs.provider;
    }
    const imported = new Import(scope, id);
    checkRequired(imported, 'imageComponentId', attrs.imageComponentId);
    checkPattern(imported, 'imageComponentId', attrs.imageComponentId, /^ic-[a-z0-9]+$/, 'must be a component id (ic-...)');
    checkOneOf(imported, 'componentType', attrs.componentType, Object.values(ComponentType));
    (attrs.requiredParameters ?? []).forEach((name, i) => checkPattern(imported, `requiredParameters[${i}]`, name, /^[A-Za-z0-9_.-]+$/,
      "must be a parameter name: letters, digits, '_', '.' and '-'"));
    checkAlicloudProvider(imported, 'provider', attrs.provider);
    return imported;
  }

  /**
   * Whether `x` is an `ImageComponent` construct of this library.
   */
  public static isImageComponent(x: any): x is ImageComponent {
    return x !== null && typeof x === 'object' && IMAGE_COMPONENT_SYMBOL in x;
  }

  /** The component id (`ic-...`). */
  public readonly imageComponentId: string;

  /** Whether it is a Build or a Test component (always set for a component of this app). */
  public readonly componentType?: ComponentType;

  /** The operating system it runs on. */
  public readonly systemType: SystemType;

  /** The provider (region) of the component, when one was given. */
  public readonly provider?: TerraformProvider;

  /** The YAML parameters without a `DefaultValue`, which every COMPONENT call must pass. */
  public get requiredParameters(): string[] | undefined {
    return this.content._requiredParameters();
  }

  /** The generated L1 resource, for escape hatches. */
  public readonly resource: alicloud.ecsImageComponent.EcsImageComponent;

  private readonly content: ImageComponentContent;

  constructor(scope: Construct, id: string, props: ImageComponentProps) {
    super(scope, id);
    checkProps(this, props, {
      content: required(instanceOf(ImageComponentContent, 'ImageComponentContent')), imageComponentName: str, componentVersion: str,
      componentType: oneOf(ComponentType, 'ComponentType'), systemType: oneOf(SystemType, 'SystemType'), description: str, tags: strMap,
      resourceGroupId: nonEmpty, provider: obj,
    });
    Object.defineProperty(this, IMAGE_COMPONENT_SYMBOL, { value: true });
    assertImageBuilderAvailable(this, 'ImageComponent');
    const componentType = props.componentType ?? ComponentType.BUILD;
    this.componentType = componentType;
    this.systemType = props.systemType ?? SystemType.LINUX;

    checkResourceName(this, 'imageComponentName', props.imageComponentName, 128);
    checkPattern(this, 'componentVersion', props.componentVersion, /^\d+\.\d+\.\d+$/, 'must be major.minor.patch, each a non-negative integer');
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.provider = props.provider;
    this.content = props.content;
    // Content can grow after construction, so it is checked again at synth.
    checkNowAndAtSynth(this, () => props.content._validate(this, 'content', this.systemType));
    // Empty content is only an error at synth: commands may still be added after construction.
    this.node.addValidation({ validate: () => {
      if (props.content.render().trim() === '') fail(this, 'content', 'must not be empty (the API rejects an empty component)', '');
      return [];
    } });

    this.resource = new alicloud.ecsImageComponent.EcsImageComponent(this, 'Resource', literalValue({
      content: Lazy.stringValue({ produce: () => {
        props.content._validate(this, 'content', this.systemType);
        return literal(props.content.render());
      } }),
      imageComponentName: props.imageComponentName,
      componentVersion: props.componentVersion,
      componentType,
      systemType: this.systemType,
      description: props.description,
      tags: props.tags,
      resourceGroupId: props.resourceGroupId,
      provider: props.provider,
    }));
    this.imageComponentId = this.resource.id;
  }
}
