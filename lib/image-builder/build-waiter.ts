import * as fs from 'fs';
import * as path from 'path';
import { AssetType, ITerraformDependable, TerraformAsset, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BootMode, NvmeSupport } from '../image/image-enums';
import { checkImageSettings, ImdsSupport, imageSettingsEnvironment, imageSettingsTrigger } from '../image/image-settings';
import { literalRegionOf } from '../private/providers';
import { TerraformData } from '../private/terraform-data';
import { lazyString } from '../private/lazy';
import { literal } from '../private/template-escape';
import { checkImageFamily, checkLength, checkPattern, checkRange, checkRegionId, fail } from '../private/validation';

/**
 * How a BuildWaiter waits (also `ImagePipelineExecution`'s `waitOptions`).
 */
export interface BuildWaiterOptions {
  /**
   * Region of the execution.
   *
   * @default - the region of the stack's default `alicloud` provider when it is a literal; otherwise
   * the deploy machine's `ALIBABA_CLOUD_REGION_ID` or `ALICLOUD_REGION`
   */
  readonly region?: string;

  /**
   * How long `terraform apply` waits for the build before failing (the build itself goes on).
   *
   * @default 60
   */
  readonly timeoutMinutes?: number;

  /**
   * Longest pause between two status polls; polls start faster and back off to this, with jitter.
   *
   * @default 15
   */
  readonly pollIntervalSeconds?: number;

  /**
   * The Node.js (>= 18) executable on the machine that runs `terraform apply`: a name looked up on
   * the `PATH` or a full path (spaces allowed). It is run directly, without a shell (it is the first
   * element of the provisioner's `interpreter`), so it is one program, not a command line: no
   * arguments, no shell syntax. Must not contain NUL, CR or LF.
   *
   * @default 'node'
   */
  readonly nodeCommand?: string;

  /**
   * Whether a `PARTITION_SUCCESS` build (image created, but copying to other regions, sharing or
   * cleanup partly failed) fails the deploy.
   *
   * @default false - the image exists in the build region, so the deploy goes on with a warning in
   * the Terraform log
   */
  readonly failOnPartialSuccess?: boolean;

  /**
   * Image family to put the built image into once the build has succeeded (also after a
   * `PARTITION_SUCCESS` that does not fail the deploy), so that "the latest image of the family"
   * (`alicloud_images` with `image_family`, or an instance launched from the family) finds it.
   *
   * Terraform cannot set a family on the image a pipeline builds, so the waiter calls
   * `ModifyImageAttribute` itself: the deploy machine's credentials then also need the RAM
   * permission `ecs:ModifyImageAttribute`. Copies in other regions do not inherit the family; the
   * waiter sets it on each copy in `copyRegionIds` (by default the pipeline's `toRegionIds`). If a
   * call is refused, the deploy fails (the image exists, but is not in the family).
   *
   * 2 to 128 characters, a letter first, then letters, digits, `:`, `_`, `.` and `-`; must not
   * start with `aliyun` or `acs:`.
   *
   * @default - the image gets no family
   */
  readonly imageFamily?: string;

  /**
   * Boot mode to set on the built image and its copies once the build has succeeded
   * (`ModifyImageAttribute` `BootMode`; RAM permissions `ecs:DescribeImages` and
   * `ecs:ModifyImageAttribute`).
   *
   * @default - the image keeps the boot mode the build gave it
   */
  readonly bootMode?: BootMode;

  /**
   * NVMe support to set on the built image and its copies once the build has succeeded
   * (`Features.NvmeSupport`). Instance families with NVMe disks only (9th generation, e.g. c9i,
   * g9i, r9i) launch only from images marked `SUPPORTED`; mark only images that have the NVMe
   * driver. RAM permissions `ecs:DescribeImages` and `ecs:ModifyImageAttribute`.
   *
   * @default - the image keeps the NVMe support the build gave it
   */
  readonly nvmeSupport?: NvmeSupport;

  /**
   * IMDS support to set on the built image and its copies once the build has succeeded
   * (`Features.ImdsSupport`). `ImdsSupport.V2` (IMDSv2 only) is a hardening setting: instances from
   * the image must use session tokens for the metadata service; it cannot be undone (the API refuses
   * v2 back to v1). RAM permissions `ecs:DescribeImages` and `ecs:ModifyImageAttribute`.
   *
   * @default - the image keeps the IMDS support the build gave it
   */
  readonly imdsSupport?: ImdsSupport;

  /**
   * Tags to put on the built image and its copies once the build has succeeded (`TagResources`;
   * RAM permissions `ecs:DescribeImages` and `ecs:TagResources`). At most 20; keys 1-128 characters,
   * not starting with `aliyun` or `acs:`; values up to 128 characters, not starting with `acs:`;
   * neither containing `http://` or `https://`. Tags already on the image stay.
   *
   * @default - no tags are added
   */
  readonly imageTags?: Record<string, string>;

  /**
   * Regions holding copies of the built image (the pipeline's `toRegionIds`). After the build the
   * waiter finds each copy by the image's name (`DescribeImages` in that region) and gives it the
   * same settings and the `imageFamily`. A copy missing after a `PARTITION_SUCCESS` is a warning;
   * after `SUCCESS` it fails the deploy.
   *
   * @default - the pipeline's `toRegionIds` when the pipeline was created in this app; none for an imported pipeline
   */
  readonly copyRegionIds?: string[];
}

/**
 * Properties of a BuildWaiter.
 */
export interface BuildWaiterProps extends BuildWaiterOptions {
  /**
   * The execution to wait for: the `id` of an `alicloud_ecs_image_pipeline_execution` (`exec-...`),
   * usually a token such as `execution.id`.
   */
  readonly executionId: string;

  /**
   * The pipeline of the execution (`ip-...`), usually a token such as `pipeline.id`. With it, a
   * build that failed in an earlier deploy is built again: when the waiter finds the execution
   * already FAILED, TEST_FAILED or CANCELLED at its first look, it starts a fresh execution of the
   * pipeline (`StartImagePipelineExecution`, RAM permission `ecs:StartImagePipelineExecution`) and
   * waits for that one instead. The new build's image is named after the new execution id, so look
   * it up by the pipeline's image name prefix (`^prefix_exec-` with `mostRecent`), not by
   * `executionId`.
   *
   * @default - no restart: a failed execution fails every deploy until the execution is replaced
   */
  readonly pipelineId?: string;
}

/**
 * The variables the waiter reads with `--from-env` (src/waiter/options.ts WAIT_OPTIONS); every value
 * reaches it through the provisioner's `environment`, none through a shell.
 */
const ENV = {
  executionId: 'CDKTF_ALICLOUD_WAIT_EXECUTION_ID',
  pipelineId: 'CDKTF_ALICLOUD_WAIT_PIPELINE_ID',
  region: 'CDKTF_ALICLOUD_WAIT_REGION',
  timeoutMinutes: 'CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES',
  pollSeconds: 'CDKTF_ALICLOUD_WAIT_POLL_SECONDS',
  failOnPartialSuccess: 'CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS',
  imageFamily: 'CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY',
} as const;

/** The provisioner's `command`: fixed text, appended by Terraform as the last argument after the interpreter. */
const FROM_ENV_ARGUMENT = '--from-env';

const BUILD_WAITER_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.BuildWaiter');

/** One copy of the bundled waiter per stack, however many BuildWaiters it has. */
const ASSET_ID = 'CdktfAlicloudImageBuilderWaiter';
/** The bundled waiter, relative to this file: lib/ in the repo, in the npm package and in the jsii runtime's copy. */
const WAITER_BUNDLE = path.join(__dirname, '..', '..', 'assets', 'waiter', 'waiter.js');

/**
 * Makes `terraform apply` wait until an ECS Image Builder execution has finished.
 *
 * `alicloud_ecs_image_pipeline_execution` returns while the build is still running, so a lookup of
 * the new image in the same apply finds nothing. A BuildWaiter is a Terraform built-in
 * `terraform_data` resource whose `local-exec` provisioner runs the waiter command bundled with this
 * library (copied into the synthesized stack directory as an asset). The provisioner polls
 * `DescribeImagePipelineExecutions` until the build succeeds, and fails the apply when the build
 * fails or times out. Whatever depends on the waiter (`dependsOn: [waiter]`, or any use of
 * `waiter.executionId`) is created only after the image exists.
 *
 * The deploy machine needs Node.js >= 18 and Alibaba Cloud credentials in its environment (the
 * provider's `ALICLOUD_ACCESS_KEY`/`ALICLOUD_SECRET_KEY`, the SDK's `ALIBABA_CLOUD_*` variables, a
 * credentials file or an ECS RAM role) allowed to call `ecs:DescribeImagePipelineExecutions` (and
 * `ecs:ModifyImageAttribute` with `imageFamily`; the post-build settings `bootMode`, `nvmeSupport`,
 * `imdsSupport` and `imageTags` also need `ecs:DescribeImages` and `ecs:ModifyImageAttribute` or
 * `ecs:TagResources`). Credentials written into the provider block are not passed on.
 *
 * The provisioner runs `node <waiter> wait-execution --from-env` without a shell (`interpreter`);
 * the execution id, region and options reach the waiter only as `CDKTF_ALICLOUD_WAIT_*` environment
 * variables, which it validates again, so no value (even one from a Terraform variable) can run a
 * command, and a failing waiter always fails the apply.
 *
 * The wait runs when the execution is created or replaced. If it fails, Terraform marks the waiter
 * tainted and the next apply runs it again: with `pipelineId`, a build that has failed is then
 * started afresh (see `pipelineId`); without it, the same failed execution fails the apply again
 * until the execution is replaced.
 */
export class BuildWaiter extends Construct implements ITerraformDependable {
  /**
   * Whether `x` is a `BuildWaiter` construct of this library.
   */
  public static isBuildWaiter(x: any): x is BuildWaiter {
    return x !== null && typeof x === 'object' && BUILD_WAITER_SYMBOL in x;
  }

  /**
   * The `terraform_data` resource that runs the waiter; escape hatch for `addOverride`.
   */
  public readonly resource: TerraformResource;

  /**
   * The execution id, read back from the waiter resource: a resource that uses it (for example in an
   * image name filter) is created only after the build has finished.
   */
  public readonly executionId: string;

  /**
   * The relative path of the bundled waiter inside the synthesized stack directory.
   */
  public readonly waiterPath: string;

  private readonly region?: string;

  constructor(scope: Construct, id: string, props: BuildWaiterProps) {
    super(scope, id);
    Object.defineProperty(this, BUILD_WAITER_SYMBOL, { value: true });
    checkPattern(this, 'executionId', props.executionId, /^exec-[A-Za-z0-9]+$/, 'must be an execution id exec-...');
    checkPattern(this, 'pipelineId', props.pipelineId, /^ip-[A-Za-z0-9]+$/, 'must be a pipeline id ip-...');
    checkRegionId(this, 'region', props.region);
    checkRange(this, 'timeoutMinutes', props.timeoutMinutes, 1, 1440, 'minutes');
    checkRange(this, 'pollIntervalSeconds', props.pollIntervalSeconds, 1, 600, 'seconds');
    checkLength(this, 'nodeCommand', props.nodeCommand, 1, 1024);
    if (props.nodeCommand !== undefined && /[\0\r\n]/.test(props.nodeCommand)) {
      fail(this, 'nodeCommand', 'must not contain NUL, CR or LF (it is one program path, run without a shell)', props.nodeCommand);
    }
    checkImageFamily(this, 'imageFamily', props.imageFamily);
    checkImageSettings(this, props);
    this.region = props.region;

    this.waiterPath = waiterAsset(this).path;
    const environment: Record<string, string> = {
      [ENV.executionId]: props.executionId,
      ...(props.pipelineId !== undefined ? { [ENV.pipelineId]: props.pipelineId } : {}),
      // Lazy: the provider whose region is the default may be added to the stack after this
      // construct; with no region known at synth, the key is left out (the waiter reads the deploy
      // machine's region variables).
      [ENV.region]: lazyString(() => this.region ?? literalRegionOf(this, undefined)),
      [ENV.timeoutMinutes]: numberText(props.timeoutMinutes ?? 60),
      [ENV.pollSeconds]: numberText(props.pollIntervalSeconds ?? 15),
      [ENV.failOnPartialSuccess]: props.failOnPartialSuccess ? 'true' : 'false',
      ...(props.imageFamily !== undefined ? { [ENV.imageFamily]: props.imageFamily } : {}),
      // Boot mode, NVMe/IMDS support, tags, copy regions (lib/image/image-settings.ts).
      ...imageSettingsEnvironment(props, props.imageFamily),
    };

    this.resource = new TerraformData(this, 'Resource', {
      input: { execution_id: props.executionId },
      // A new execution (a rebuild) replaces the waiter, so the next apply waits for it.
      triggersReplace: { execution_id: props.executionId, ...imageSettingsTrigger(props, props.imageFamily) },
      provisioners: [{
        type: 'local-exec',
        // No shell: Terraform runs the interpreter list as the program and its arguments, with the
        // fixed command as the last argument. Every value is in `environment`, which Terraform
        // evaluates and hands to the process as data; the waiter validates each value again and its
        // exit code is the provisioner's, so a failing waiter fails the apply.
        interpreter: [literal(props.nodeCommand ?? 'node'), this.waiterPath, 'wait-execution'],
        command: FROM_ENV_ARGUMENT,
        environment,
      }],
    });
    this.executionId = this.resource.getStringAttribute('output.execution_id');
  }

  /**
   * The waiter resource's address, so a BuildWaiter can be used in `dependsOn`.
   */
  public get fqn(): string {
    return this.resource.fqn;
  }
}

/** A number as environment text; a number token stays a token for Terraform to resolve. */
function numberText(value: number): string {
  return Token.isUnresolved(value) ? Token.asString(value) : String(value);
}

/** The stack's one copy of the bundled waiter (BuildWaiter and the factory's retention run share it). */
export function waiterAsset(scope: Construct): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ASSET_ID);
  if (existing) return existing as TerraformAsset;
  if (!fs.existsSync(WAITER_BUNDLE)) {
    throw new Error(`the build waiter bundle is missing at ${WAITER_BUNDLE}; run "npm run build" (or "npm run bundle:waiter") in cdktf-alicloud-image-builder`);
  }
  return new TerraformAsset(stack, ASSET_ID, { path: WAITER_BUNDLE, type: AssetType.FILE });
}
