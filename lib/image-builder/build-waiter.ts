import * as fs from 'fs';
import * as path from 'path';
import { AssetType, ITerraformDependable, Lazy, TerraformAsset, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { literalRegionOf } from '../private/providers';
import { TerraformData } from '../private/terraform-data';
import { checkImageFamily, checkLength, checkRange, checkRegionId } from '../private/validation';

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
   * Command that runs Node.js (>= 18) on the machine that runs `terraform apply`, e.g. a full path.
   * Inserted into the shell command as is.
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
   * permission `ecs:ModifyImageAttribute`. Only the image in the build region gets the family;
   * copies in other regions (an `ImagePipeline`'s `toRegionIds`) do not inherit it. If the call is
   * refused, the deploy fails (the image exists, but is not in the family).
   *
   * 2 to 128 characters, a letter first, then letters, digits, `:`, `_`, `.` and `-`; must not
   * start with `aliyun` or `acs:`.
   *
   * @default - the image gets no family
   */
  readonly imageFamily?: string;
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
}

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
 * `ecs:ModifyImageAttribute` with `imageFamily`). Credentials written into the provider block are
 * not passed on.
 *
 * The wait runs when the execution is created or replaced. If it fails, Terraform marks the waiter
 * tainted and the next apply waits again.
 */
export class BuildWaiter extends Construct implements ITerraformDependable {
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
    checkRegionId(this, 'region', props.region);
    checkRange(this, 'timeoutMinutes', props.timeoutMinutes, 1, 1440, 'minutes');
    checkRange(this, 'pollIntervalSeconds', props.pollIntervalSeconds, 1, 600, 'seconds');
    checkLength(this, 'nodeCommand', props.nodeCommand, 1, 1024);
    checkImageFamily(this, 'imageFamily', props.imageFamily);
    this.region = props.region;

    this.waiterPath = waiterAsset(this).path;
    const flags = [
      `--timeout-minutes ${props.timeoutMinutes ?? 60}`,
      `--poll-seconds ${props.pollIntervalSeconds ?? 15}`,
      ...(props.failOnPartialSuccess ? ['--fail-on-partial-success'] : []),
      ...(props.imageFamily !== undefined ? [`--image-family ${props.imageFamily}`] : []),
    ];
    // Lazy: the provider whose region is the default may be added to the stack after this construct.
    const command = Lazy.stringValue({
      produce: () => [
        props.nodeCommand ?? 'node', this.waiterPath, 'wait-execution',
        '--execution-id', props.executionId,
        ...this.regionFlag(),
        ...flags,
      ].join(' '),
    });

    this.resource = new TerraformData(this, 'Resource', {
      input: { execution_id: props.executionId },
      // A new execution (a rebuild) replaces the waiter, so the next apply waits for it.
      triggersReplace: { execution_id: props.executionId },
      provisioners: [{ type: 'local-exec', command }],
    });
    this.executionId = this.resource.getStringAttribute('output.execution_id');
  }

  /**
   * The waiter resource's address, so a BuildWaiter can be used in `dependsOn`.
   */
  public get fqn(): string {
    return this.resource.fqn;
  }

  private regionFlag(): string[] {
    const region = this.region ?? literalRegionOf(this, undefined);
    return region ? ['--region', region] : [];
  }
}

function waiterAsset(scope: Construct): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ASSET_ID);
  if (existing) return existing as TerraformAsset;
  if (!fs.existsSync(WAITER_BUNDLE)) {
    throw new Error(`the build waiter bundle is missing at ${WAITER_BUNDLE}; run "npm run build" (or "npm run bundle:waiter") in cdktf-alicloud-image-builder`);
  }
  return new TerraformAsset(stack, ASSET_ID, { path: WAITER_BUNDLE, type: AssetType.FILE });
}
