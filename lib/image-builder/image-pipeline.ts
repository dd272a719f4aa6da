import { Annotations, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BaseImage } from './base-image';
import { BuildContent } from './build-content';
import { ImageComponent } from './image-component';
import { IImagePipeline, ImagePipelineExecution, ImagePipelineExecutionOptions } from './image-pipeline-execution';
import { InstanceType } from '../core/instance-type';
import { IVSwitch } from '../core/interfaces';
import { nameFromPath } from '../private/names';
import { lazyString } from '../private/lazy';
import { PipelineName } from '../private/pipeline-name';
import { assertImageBuilderAvailable } from '../private/cloud';
import { checkAlicloudProvider, literalRegionOf } from '../private/providers';
import { checkNowAndAtSynthWithStack, stackIndexOf } from '../private/stack-index';
import {
  checkAccountId, checkDescription, checkInstanceTypeName, checkMaxItems, checkPattern, checkRange, checkRegionId,
  checkExclusive, checkResourceName, checkTags, checkUnique, fail,
} from '../private/validation';
import { literal, literalValue } from '../private/template-escape';
import { bool, checkProps, instanceOf, nonEmpty, num, obj, required, str, strList, strMap } from '../private/runtime-checks';
import * as alicloud from '../generated/alicloud';

const IMAGE_PIPELINE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ImagePipeline');

/**
 * What is known about an existing pipeline.
 */
export interface ImagePipelineAttributes {
  /** The pipeline id (`ip-...`). */
  readonly imagePipelineId: string;

  /**
   * The pipeline's image name prefix; needed for `ImagePipelineExecution.imageName`.
   *
   * @default - unknown
   */
  readonly imageNamePrefix?: string;

  /**
   * The provider (region) the pipeline lives in; its executions use it.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;

  /**
   * The regions the pipeline copies its images to (its `to_region_id`); executions with post-build
   * settings apply them to the copies there.
   *
   * @default - unknown: post-build settings reach only the image in the build region
   */
  readonly toRegionIds?: string[];
}

/**
 * Properties of an `ImagePipeline`.
 *
 * The provider has no update for pipelines: every property is ForceNew, so changing any of them
 * (including the build content) replaces the pipeline on the next deploy, and every execution of it
 * is replaced too, which starts a new build.
 */
export interface ImagePipelineProps {
  /**
   * The image to build on (`base_image_type` + `base_image`).
   */
  readonly baseImage: BaseImage;

  /**
   * The build template: the commands run on the build instance (`build_content`). It may still be
   * extended after the pipeline is created; limits are checked at synth.
   */
  readonly buildContent: BuildContent;

  /**
   * The pipeline (template) name: 2-128 characters, a letter first, letters, digits, `:`, `_`, `.`
   * and `-`, not starting with http(s)://.
   *
   * A fixed name cannot be reused by the replacement pipeline, so with a fixed name a change deletes
   * the old pipeline before creating the new one (which fails while a build is running). With the
   * default name, the replacement is created first.
   *
   * @default - the construct path plus a hash of every other input, e.g. `images-Pipeline-1a2b3c4d`;
   * when inputs are tokens (such as an image id from a lookup), a hash of their deploy-time values
   * computed by Terraform is appended, so a changed lookup result also gets a new name
   */
  readonly imagePipelineName?: string;

  /**
   * The name prefix of built images (`image_name`): 2-64 characters, a letter first, letters, digits,
   * `:`, `_`, `.` and `-`. Each build creates the image `{prefix}_{executionId}`.
   *
   * @default - derived from the construct path, e.g. `images-Pipeline`
   */
  readonly imageNamePrefix?: string;

  /**
   * A description: 2-256 characters, not starting with http(s)://.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The instance type of the build instance.
   *
   * @default - Image Builder picks the smallest available type (typically ecs.g6.large)
   */
  readonly instanceType?: InstanceType;

  /**
   * The vSwitch to run the build instance in. Set at most one of `vswitch` and `vswitchId`.
   *
   * @default - Image Builder creates a temporary VPC and vSwitch (uses VPC quota)
   */
  readonly vswitch?: IVSwitch;

  /**
   * The id of the vSwitch to run the build instance in. Set at most one of `vswitch` and `vswitchId`.
   *
   * @default - Image Builder creates a temporary VPC and vSwitch (uses VPC quota)
   */
  readonly vswitchId?: string;

  /**
   * System disk size of the build instance, in GiB (20-500).
   *
   * @default 40
   */
  readonly systemDiskSizeGiB?: number;

  /**
   * Outbound public bandwidth of the build instance, in Mbit/s (0-100). With 0 the build has no
   * Internet access unless the vSwitch has NAT; `COPY <url>` then fails (a warning is shown).
   *
   * @default 0
   */
  readonly internetMaxBandwidthOutMbps?: number;

  /**
   * Whether to release the build instance when the build fails. Always written to the template, so
   * that failed builds never leave paid instances behind unless you ask for it.
   *
   * @default true
   */
  readonly deleteInstanceOnFailure?: boolean;

  /**
   * The resource group of the pipeline.
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * Tags: at most 20; keys 1-128 characters, not `aliyun...`/`acs:...`; values up to 128 characters.
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * Regions to copy each built image to (at most 20, e.g. `cn-qingdao`).
   *
   * @default - the image stays in the pipeline's region
   */
  readonly toRegionIds?: string[];

  /**
   * Alibaba Cloud account ids (digits) to share each built image with (at most 20).
   *
   * @default - the image is not shared
   */
  readonly addAccounts?: string[];

  /**
   * The provider (region) to create the pipeline with, e.g. an aliased `AlicloudProvider` of an
   * existing app. Its builds run, and its images are created, in that region.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

abstract class ImagePipelineBase extends Construct implements IImagePipeline {
  public abstract readonly imagePipelineId: string;
  public abstract readonly imageNamePrefix?: string;
  public abstract readonly provider?: TerraformProvider;

  public addExecution(id: string, options: ImagePipelineExecutionOptions = {}): ImagePipelineExecution {
    return new ImagePipelineExecution(this, id, { ...options, imagePipeline: this });
  }
}

/**
 * An Image Builder pipeline (`alicloud_ecs_image_pipeline`): a base image, build content and build
 * settings. Add `addExecution()` to build an image on deploy.
 *
 * Every attribute is ForceNew, so any change replaces the pipeline. By default the pipeline name
 * carries a hash of all inputs and the pipeline has `lifecycle.create_before_destroy`, so the new
 * pipeline is created next to the old one (no name clash), its executions are replaced (a new build
 * starts), and then the old pipeline is deleted. Deleting a pipeline fails while one of its builds is
 * running (`InvalidImagePipeline.HasRunningExecution`); images already built are never deleted.
 *
 * The L1 resource is `resource` (also `node.defaultChild`), for `addOverride` escape hatches.
 */
export class ImagePipeline extends ImagePipelineBase {
  /**
   * Imports an existing pipeline by id; creates no resources.
   */
  public static fromImagePipelineId(scope: Construct, id: string, imagePipelineId: string): IImagePipeline {
    return ImagePipeline.fromImagePipelineAttributes(scope, id, { imagePipelineId });
  }

  /**
   * Imports an existing pipeline from its attributes; creates no resources.
   */
  public static fromImagePipelineAttributes(scope: Construct, id: string, attrs: ImagePipelineAttributes): IImagePipeline {
    class Import extends ImagePipelineBase {
      public readonly imagePipelineId = attrs.imagePipelineId;
      public readonly imageNamePrefix = attrs.imageNamePrefix;
      public readonly provider = attrs.provider;
      public readonly toRegionIds = attrs.toRegionIds;
    }
    const imported = new Import(scope, id);
    checkAlicloudProvider(imported, 'provider', attrs.provider);
    checkPattern(imported, 'imagePipelineId', attrs.imagePipelineId, /^ip-[a-z0-9]+$/, 'must be a pipeline id (ip-...)');
    checkResourceName(imported, 'imageNamePrefix', attrs.imageNamePrefix, 64);
    return imported;
  }

  /**
   * Whether `x` is an `ImagePipeline` construct of this library.
   */
  public static isImagePipeline(x: any): x is ImagePipeline {
    return x !== null && typeof x === 'object' && IMAGE_PIPELINE_SYMBOL in x;
  }

  /** The pipeline id (`ip-...`). */
  public readonly imagePipelineId: string;

  /** The pipeline name (a token when it is derived from the inputs). */
  public readonly imagePipelineName: string;

  /** The name prefix of built images (always set for a pipeline of this app). */
  public readonly imageNamePrefix?: string;

  /** The provider (region) of the pipeline, when one was given. */
  public readonly provider?: TerraformProvider;

  /** The regions the pipeline copies its images to, when given. */
  public readonly toRegionIds?: string[];

  /** The generated L1 resource, for escape hatches. */
  public readonly resource: alicloud.ecsImagePipeline.EcsImagePipeline;

  private readonly buildContent: BuildContent;
  private readonly internetMaxBandwidthOutMbps: number;
  private warnedAboutInternet = false;
  private rendered?: { readonly commands: number; readonly text: string | undefined };
  private validated?: { readonly commands: number; readonly providers: readonly TerraformProvider[] };

  constructor(scope: Construct, id: string, props: ImagePipelineProps) {
    super(scope, id);
    checkProps(this, props, {
      baseImage: required(instanceOf(BaseImage, 'BaseImage')), buildContent: required(instanceOf(BuildContent, 'BuildContent')),
      imagePipelineName: str, imageNamePrefix: str, description: str, instanceType: instanceOf(InstanceType, 'InstanceType'), vswitch: obj,
      vswitchId: nonEmpty, systemDiskSizeGiB: num, internetMaxBandwidthOutMbps: num, deleteInstanceOnFailure: bool, resourceGroupId: nonEmpty,
      tags: strMap, toRegionIds: strList, addAccounts: strList, provider: obj,
    });
    Object.defineProperty(this, IMAGE_PIPELINE_SYMBOL, { value: true });
    assertImageBuilderAvailable(this, 'ImagePipeline');
    this.buildContent = props.buildContent;
    this.internetMaxBandwidthOutMbps = props.internetMaxBandwidthOutMbps ?? 0;

    checkExclusive(this, 'vswitchId', props.vswitchId, 'vswitch', props.vswitch);
    props.baseImage._validate(this, 'baseImage');
    checkResourceName(this, 'imagePipelineName', props.imagePipelineName, 128);
    checkResourceName(this, 'imageNamePrefix', props.imageNamePrefix, 64);
    checkDescription(this, 'description', props.description);
    checkInstanceTypeName(this, 'instanceType', props.instanceType?.name);
    checkRange(this, 'systemDiskSizeGiB', props.systemDiskSizeGiB, 20, 500, 'GiB');
    checkRange(this, 'internetMaxBandwidthOutMbps', props.internetMaxBandwidthOutMbps, 0, 100, 'Mbit/s');
    checkTags(this, 'tags', props.tags);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.provider = props.provider;
    this.toRegionIds = props.toRegionIds;
    checkMaxItems(this, 'toRegionIds', props.toRegionIds, 20);
    checkUnique(this, 'toRegionIds', props.toRegionIds);
    props.toRegionIds?.forEach((r) => checkRegionId(this, 'toRegionIds', r));
    checkMaxItems(this, 'addAccounts', props.addAccounts, 20);
    checkUnique(this, 'addAccounts', props.addAccounts);
    props.addAccounts?.forEach((a) => checkAccountId(this, 'addAccounts', a));
    // Build content can grow after construction (and a default provider be added), so it is checked again at synth.
    checkNowAndAtSynthWithStack(this, () => this.validateBuildContent());

    this.imageNamePrefix = props.imageNamePrefix ?? nameFromPath(this, 64);
    // Every user string reaches Terraform as written (the build content is escaped when rendered).
    const contentToken = lazyString(() => this.renderBuildContent());
    const inputs: alicloud.ecsImagePipeline.EcsImagePipelineConfig = literalValue({
      baseImageType: props.baseImage.baseImageType,
      baseImage: props.baseImage.value,
      buildContent: contentToken,
      imageName: this.imageNamePrefix,
      description: props.description,
      instanceType: props.instanceType?.name,
      vswitchId: props.vswitch?.vswitchId ?? props.vswitchId,
      systemDiskSize: props.systemDiskSizeGiB,
      internetMaxBandwidthOut: props.internetMaxBandwidthOutMbps,
      deleteInstanceOnFailure: props.deleteInstanceOnFailure ?? true,
      resourceGroupId: props.resourceGroupId,
      tags: props.tags,
      toRegionId: props.toRegionIds,
      addAccount: props.addAccounts,
    });
    const generatedName = props.imagePipelineName === undefined;
    if (props.imagePipelineName !== undefined) {
      this.imagePipelineName = props.imagePipelineName;
    } else {
      const name = new PipelineName(this, inputs, {
        token: contentToken, rendered: () => this.renderBuildContent(), written: () => this.buildContent.render(),
      });
      this.imagePipelineName = lazyString((context) => name.produce(context));
    }

    this.resource = new alicloud.ecsImagePipeline.EcsImagePipeline(this, 'Resource', {
      ...inputs,
      name: literal(this.imagePipelineName),
      provider: props.provider,
      // A derived name differs for every change, so the replacement can exist next to the old one.
      lifecycle: generatedName ? { createBeforeDestroy: true } : undefined,
    });
    this.imagePipelineId = this.resource.id;
  }

  /** The content as the resource gets it; rendered again only when commands were added. */
  private renderBuildContent(): string | undefined {
    this.validateBuildContent();
    const commands = this.buildContent.commandCount;
    if (this.rendered?.commands !== commands) {
      const text = this.buildContent.render();
      this.rendered = { commands, text: text === '' ? undefined : literal(text) };
    }
    return this.rendered.text;
  }

  private validateBuildContent(): void {
    // It runs at construction, at synth and in every render of the content. Content only grows and
    // the providers come from one walk of the stack: what passed for as many commands and the same
    // walk would pass again, so it is not repeated.
    const commands = this.buildContent.commandCount;
    const providers = stackIndexOf(this).providers();
    if (commands === this.validated?.commands && providers === this.validated.providers) return;
    if (commands !== this.validated?.commands) {
      this.buildContent._validate(this, 'buildContent', 'template');
      if (this.buildContent._copiesFromUrl() && this.internetMaxBandwidthOutMbps === 0 && !this.warnedAboutInternet) {
        this.warnedAboutInternet = true;
        Annotations.of(this).addWarning('buildContent copies from a URL but internetMaxBandwidthOutMbps is 0: '
          + 'the build instance needs Internet access (set internetMaxBandwidthOutMbps > 0 or use a vSwitch with NAT)');
      }
    }
    this.validateComponentRegions();
    this.validated = { commands, providers };
  }

  /** A component exists in one region only: one created in another region than the build is not found. */
  private validateComponentRegions(): void {
    const region = literalRegionOf(this, this.provider);
    for (const component of this.buildContent._components()) {
      // An imported component without a provider: its region is not known.
      if (!ImageComponent.isImageComponent(component) && component.provider === undefined) continue;
      const componentRegion = literalRegionOf(this, component.provider);
      if (region !== undefined && componentRegion !== undefined && componentRegion !== region) {
        fail(this, 'buildContent', `calls the component ${component.node.path}, which is in ${componentRegion}, but the pipeline builds in ${region}: `
          + 'give the component the provider of the pipeline', componentRegion);
      }
    }
  }
}
