import { ITerraformDependable, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { BuildWaiter, BuildWaiterOptions } from './build-waiter';
import { bareAddress } from '../private/lifecycle';
import { literalRegionOf } from '../private/providers';
import { TerraformData } from '../private/terraform-data';
import { renderTimeouts } from '../private/timeouts';
import { checkNotEmpty, checkRegionId, checkResourceId, checkResourceName, fail } from '../private/validation';
import { Timeouts } from '../core/timeouts';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, obj, required, str, timeoutsStruct, waitOptionsStruct } from '../private/runtime-checks';
import * as alicloud from '../generated/alicloud';

// The pipeline interface lives with the execution because each names the other (addExecution()
// returns an execution; an execution takes a pipeline): one file, no import cycle.
/**
 * An Image Builder pipeline (image template), created by this app or imported.
 */
export interface IImagePipeline extends IConstruct {
  /**
   * The pipeline id (`ip-...`), or a token resolved at deploy time.
   */
  readonly imagePipelineId: string;

  /**
   * The name prefix of the images it builds (`{prefix}_{executionId}`), when known.
   */
  readonly imageNamePrefix?: string;

  /**
   * The provider (region) of the pipeline; its executions use it too.
   */
  readonly provider?: TerraformProvider;

  /**
   * The regions the pipeline copies its images to, when known (the waiter applies the post-build
   * settings to the copies there).
   */
  readonly toRegionIds?: string[];

  /**
   * Starts a build of this pipeline on deploy (an `ImagePipelineExecution` below this construct).
   */
  addExecution(id: string, options?: ImagePipelineExecutionOptions): ImagePipelineExecution;
}

const IMAGE_PIPELINE_EXECUTION_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ImagePipelineExecution');

/**
 * A build of an Image Builder pipeline, started by this app or known from outside it.
 */
export interface IImagePipelineExecution extends IConstruct {
  /** The execution id (`exec-...`), or a token resolved at deploy time. */
  readonly executionId: string;

  /**
   * The id of the pipeline the execution builds (`ip-...`), when known. A `BuildWaiter` given it
   * (`pipelineId`) builds a failed execution again.
   */
  readonly imagePipelineId?: string;

  /**
   * The region the execution runs in, when known literally (a `BuildWaiter`'s `region`).
   */
  readonly region?: string;

  /**
   * The name prefix of the image the execution builds, when known: the image is
   * `{imageNamePrefix}_{executionId}`.
   */
  readonly imageNamePrefix?: string;
}

/**
 * What identifies a build that was started outside this app, so a `BuildWaiter` can wait for it and
 * a consumer can find its image.
 */
export interface ImagePipelineExecutionAttributes {
  /**
   * The execution id (`exec-...`).
   */
  readonly executionId: string;

  /**
   * The pipeline the execution builds (`ip-...`).
   *
   * @default - unknown: a waiter cannot build a failed execution again
   */
  readonly imagePipelineId?: string;

  /**
   * The region the execution runs in, e.g. `cn-hangzhou`.
   *
   * @default - unknown: a waiter polls the region of the stack's default provider
   */
  readonly region?: string;

  /**
   * The name prefix of the images the pipeline builds (its `image_name`), to name the built image.
   *
   * @default - unknown
   */
  readonly imageNamePrefix?: string;
}

/**
 * Options for a build of a pipeline (also used by `IImagePipeline.addExecution()`).
 */
export interface ImagePipelineExecutionOptions {
  /**
   * Any value; changing it starts a new build even when the pipeline is unchanged (for example a
   * date, a release number or the version of a package installed by the build content).
   *
   * It is kept in a `terraform_data` resource (`triggers_replace`), and the execution has
   * `lifecycle.replace_triggered_by` on it, so a new value replaces the execution in the same deploy.
   *
   * @default - a new build starts only when the pipeline itself is replaced
   */
  readonly rebuildToken?: string;

  /**
   * How long Terraform waits for the execution: `create` covers only the start of the build
   * (PREPARING/BUILDING; the provider does not wait for it to finish, see `BuildWaiter`), `update`
   * covers cancelling it, and `delete` only forgets it.
   *
   * @default - the provider's defaults (5m each)
   */
  readonly timeouts?: Timeouts;

  /**
   * Whether `terraform apply` waits until the build has finished (a `BuildWaiter`). Then
   * `imageName` and `completion` resolve only after the image exists, so an image lookup or an
   * instance that uses them works in the same deploy. Needs Node.js and Alibaba Cloud credentials
   * on the machine that runs `terraform apply` (see `BuildWaiter`).
   *
   * @default false - the deploy ends while the build still runs
   */
  readonly waitForCompletion?: boolean;

  /**
   * How to wait (timeout, poll interval, region, ...), when `waitForCompletion` is true.
   *
   * @default - BuildWaiter's defaults: 60 minutes, the pipeline's region
   */
  readonly waitOptions?: BuildWaiterOptions;
}

/**
 * Properties of an `ImagePipelineExecution`.
 */
export interface ImagePipelineExecutionProps extends ImagePipelineExecutionOptions {
  /**
   * The pipeline to build.
   */
  readonly imagePipeline: IImagePipeline;
}

/**
 * One build of an Image Builder pipeline (`alicloud_ecs_image_pipeline_execution`).
 *
 * Creating it starts the build; Terraform returns as soon as the build is PREPARING or BUILDING, so
 * the image is usually not available yet at the end of the deploy. Its only input is the pipeline id:
 * when the pipeline is replaced (any change to it), a new execution, and so a new build, follows in
 * the same deploy. Use `rebuildToken` to rebuild an unchanged pipeline. Destroying an execution only
 * removes it from the state: a running build continues and built images stay.
 *
 * The L1 resource is `resource` (also `node.defaultChild`), for `addOverride` escape hatches.
 */
export class ImagePipelineExecution extends Construct implements IImagePipelineExecution {
  /**
   * A build started outside this app, by id. Creates no resources.
   */
  public static fromImagePipelineExecutionId(scope: Construct, id: string, executionId: string): IImagePipelineExecution {
    return new ExistingImagePipelineExecution(scope, id, { executionId }, false);
  }

  /**
   * A build started outside this app, by id, pipeline, region and image name prefix. Creates no
   * resources; wait for it with `new BuildWaiter(scope, 'Wait', { executionId: e.executionId,
   * pipelineId: e.imagePipelineId, region: e.region })`.
   */
  public static fromImagePipelineExecutionAttributes(scope: Construct, id: string, attrs: ImagePipelineExecutionAttributes): IImagePipelineExecution {
    return new ExistingImagePipelineExecution(scope, id, attrs, true);
  }

  /**
   * Whether `x` is an `ImagePipelineExecution` construct of this library (imported ones are not).
   */
  public static isImagePipelineExecution(x: any): x is ImagePipelineExecution {
    return x !== null && typeof x === 'object' && IMAGE_PIPELINE_EXECUTION_SYMBOL in x;
  }

  /** The execution id (`exec-...`). */
  public get executionId(): string {
    return this.resource.id;
  }

  /**
   * The build status when Terraform last read it (PREPARING, BUILDING, SUCCESS, FAILED, ...); it
   * refreshes on later plans.
   */
  public get status(): string {
    // A getter: each attribute reference is a token that records a stack trace, so it is made only when used.
    return this.resource.status;
  }

  /** The pipeline this execution builds. */
  public readonly imagePipeline: IImagePipeline;

  /** The id of the pipeline this execution builds. */
  public get imagePipelineId(): string | undefined {
    return this.imagePipeline.imagePipelineId;
  }

  /** The region of the build, when the pipeline's (or the stack's default) provider names it literally. */
  public get region(): string | undefined {
    return literalRegionOf(this, this.imagePipeline.provider);
  }

  /** The name prefix of the image this build creates, when the pipeline knows it. */
  public get imageNamePrefix(): string | undefined {
    return this.imagePipeline.imageNamePrefix;
  }

  /** The generated L1 resource, for escape hatches. */
  public readonly resource: alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution;

  /**
   * The `terraform_data` resource holding `rebuildToken`, when one is given.
   */
  public readonly rebuildTrigger?: TerraformResource;

  /**
   * The waiter, when `waitForCompletion` is true.
   */
  public readonly waiter?: BuildWaiter;

  /**
   * What to depend on (`dependsOn: [execution.completion]`) to run after the build: the waiter when
   * waiting, else the execution resource (the build has then only started).
   */
  public readonly completion: ITerraformDependable;

  constructor(scope: Construct, id: string, props: ImagePipelineExecutionProps) {
    super(scope, id);
    checkProps(this, props, {
      imagePipeline: required(obj), rebuildToken: str, timeouts: timeoutsStruct, waitForCompletion: bool, waitOptions: waitOptionsStruct,
    });
    Object.defineProperty(this, IMAGE_PIPELINE_EXECUTION_SYMBOL, { value: true });
    this.imagePipeline = props.imagePipeline;

    if (props.rebuildToken !== undefined) {
      this.rebuildTrigger = new TerraformData(this, 'RebuildTrigger', literalValue({
        triggersReplace: { rebuild_token: props.rebuildToken },
      }));
    }
    this.resource = new alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution(this, 'Resource', literalValue({
      imagePipelineId: props.imagePipeline.imagePipelineId,
      // The execution must run in the pipeline's region.
      provider: props.imagePipeline.provider,
      timeouts: renderTimeouts(this, 'timeouts', props.timeouts, 'alicloud_ecs_image_pipeline_execution', ['create', 'update', 'delete']),
      lifecycle: this.rebuildTrigger ? { replaceTriggeredBy: [bareAddress(this.rebuildTrigger)] } : undefined,
    }));

    if (props.waitForCompletion) {
      this.waiter = new BuildWaiter(this, 'Waiter', {
        ...props.waitOptions,
        executionId: this.executionId,
        // A build that failed in an earlier deploy is built again by the waiter (a fresh execution of this pipeline).
        pipelineId: props.imagePipeline.imagePipelineId,
        // Copies get the post-build settings too.
        copyRegionIds: props.waitOptions?.copyRegionIds ?? props.imagePipeline.toRegionIds,
        region: props.waitOptions?.region ?? this.pipelineRegion(props.waitOptions),
      });
    } else if (props.waitOptions !== undefined) {
      fail(this, 'waitOptions', 'needs waitForCompletion: true', props.waitOptions);
    }
    this.completion = this.waiter ?? this.resource;
  }

  /**
   * The name of the image this build creates, `{imageNamePrefix}_{executionId}` (a token).
   *
   * When the waiter has built a failed build again (see `BuildWaiter` `pipelineId`), the image
   * carries the new execution's id instead: to find the newest image of the pipeline in any case,
   * look up `^{imageNamePrefix}_exec-` with `mostRecent` after `completion`.
   *
   * Throws for an imported pipeline whose image name prefix was not given
   * (`ImagePipeline.fromImagePipelineAttributes`).
   */
  public get imageName(): string {
    const prefix = this.imagePipeline.imageNamePrefix;
    if (prefix === undefined) {
      fail(this, 'imageName', 'is unknown because the pipeline was imported without imageNamePrefix; use ImagePipeline.fromImagePipelineAttributes', this.imagePipeline.node.path);
    }
    // Through the waiter, so whatever uses the name is read after the image exists.
    return `${prefix}_${this.waiter?.executionId ?? this.executionId}`;
  }

  /**
   * The region of an explicitly given pipeline provider; undefined for the default provider, whose
   * region the waiter reads itself.
   */
  private pipelineRegion(waitOptions: BuildWaiterOptions | undefined): string | undefined {
    const provider = this.imagePipeline.provider;
    if (provider === undefined) return undefined;
    const region = literalRegionOf(this, provider);
    if (region === undefined) {
      fail(this, 'waitOptions.region', "is required: the pipeline's provider has no literal region for the waiter to poll", waitOptions?.region);
    }
    return region;
  }
}

class ExistingImagePipelineExecution extends Construct implements IImagePipelineExecution {
  public readonly executionId: string;
  public readonly imagePipelineId?: string;
  public readonly region?: string;
  public readonly imageNamePrefix?: string;

  constructor(scope: Construct, id: string, attrs: ImagePipelineExecutionAttributes, checkIds: boolean) {
    super(scope, id);
    checkProps(this, attrs, { executionId: str, imagePipelineId: str, region: str, imageNamePrefix: str });
    checkNotEmpty(this, 'executionId', attrs.executionId);
    // fromImagePipelineExecutionId has always taken any non-empty id; the attributes importer checks
    // the forms the BuildWaiter needs.
    if (checkIds) checkResourceId(this, 'executionId', attrs.executionId, 'exec', 'an execution');
    checkResourceId(this, 'imagePipelineId', attrs.imagePipelineId, 'ip', 'a pipeline');
    checkRegionId(this, 'region', attrs.region);
    checkResourceName(this, 'imageNamePrefix', attrs.imageNamePrefix, 64);
    this.executionId = attrs.executionId;
    this.imagePipelineId = attrs.imagePipelineId;
    this.region = attrs.region;
    this.imageNamePrefix = attrs.imageNamePrefix;
  }
}
