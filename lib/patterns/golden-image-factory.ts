import { TerraformOutput, TerraformProvider, TerraformStack } from 'cdktf';
import { DataAlicloudImages } from '../generated/alicloud/data-alicloud-images';
import { Construct } from 'constructs';
import { BaseImage } from '../image-builder/base-image';
import { BuildContent } from '../image-builder/build-content';
import { BuildNetwork } from '../network/build-network';
import { BuildWaiterOptions } from '../image-builder/build-waiter';
import { ImageOwner } from '../core/image-owner';
import { Image } from '../image/image';
import { IAlicloudImage } from '../image/image-base';
import { ImagePipeline } from '../image-builder/image-pipeline';
import { ImagePipelineExecution } from '../image-builder/image-pipeline-execution';
import { InstanceType } from '../core/instance-type';
import { IVSwitch } from '../core/interfaces';
import { GoldenImageLifecycleProps } from './golden-image-lifecycle';
import { addRetention, checkLifecycle, lifecycleWaitOptions } from '../private/factory-lifecycle';
import { assertImageBuilderAvailable } from '../private/cloud';
import { contentHash } from '../private/hash';
import { checkAlicloudProvider, literalRegionOf } from '../private/providers';
import { checkExclusive, checkNowAndAtSynth, checkRegionId, checkUnique, fail, isToken } from '../private/validation';

/**
 * A region the factory's images are copied to.
 */
export interface DistributionRegion {
  /**
   * The region id, e.g. `cn-shanghai`.
   */
  readonly regionId: string;

  /**
   * A provider (alias) of this stack for that region. With it, the factory looks the copy up after
   * the build and `imageIdIn(regionId)` returns its id.
   *
   * @default - the image is copied, but its id in that region is not looked up
   */
  readonly provider?: TerraformProvider;
}

/**
 * Properties of a `GoldenImageFactory`.
 *
 * Every pipeline setting is ForceNew: changing `baseImage`, `buildContent`, `instanceType`,
 * `systemDiskSizeGiB`, `internetMaxBandwidthOutMbps`, the distribution, the tags or the network
 * creates a new pipeline (its name carries a hash of its inputs) before the old one is deleted, and
 * starts a new build in the same deploy.
 */
export interface GoldenImageFactoryProps extends GoldenImageLifecycleProps {
  /**
   * The image the build starts from.
   */
  readonly baseImage: BaseImage;

  /**
   * What the build does (RUN, ENV, COPY, COMPONENT, ...).
   */
  readonly buildContent: BuildContent;

  /**
   * The name prefix of the images; each build's image is named `{imageNamePrefix}_{executionId}`.
   * 2-64 characters.
   *
   * @default - derived from the construct path
   */
  readonly imageNamePrefix?: string;

  /**
   * Description of the pipeline (2-256 characters).
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Instance type of the build instance. With a new network, the vSwitch goes into a zone where it
   * is available.
   *
   * @default InstanceType.G6_LARGE - 2 vCPU, 8 GiB, the type Image Builder itself prefers
   */
  readonly instanceType?: InstanceType;

  /**
   * System disk size of the build instance (and so of the image), 20-500 GiB.
   *
   * @default 40
   */
  readonly systemDiskSizeGiB?: number;

  /**
   * Outbound public bandwidth of the build instance, in Mbit/s (0-100). Set it when the build
   * content downloads from the Internet and the vSwitch has no NAT gateway.
   *
   * @default 0 - no public IP address
   */
  readonly internetMaxBandwidthOutMbps?: number;

  /**
   * An existing vSwitch to build in (`VSwitch.fromVSwitchId(...)`, or `BuildNetwork.vswitch`).
   *
   * @default - a new VPC and vSwitch (a `BuildNetwork`) in a zone where `instanceType` is available
   */
  readonly vswitch?: IVSwitch;

  /**
   * Regions the image is copied to after each build (at most 20), other than the build region
   * (a copy there would carry the built image's name, and the lookup by name would find two images).
   *
   * @default - the image stays in the build region
   */
  readonly distributionRegions?: DistributionRegion[];

  /**
   * Alibaba Cloud account ids the image is shared with after each build (at most 20).
   *
   * @default - not shared
   */
  readonly shareWithAccountIds?: string[];

  /**
   * An image family the built image is put into once the build has succeeded, so consumers can
   * launch "the latest image of the family" (`Image.fromLookup(..., { imageFamily, mostRecent: true })`).
   * Terraform cannot set it (the provider has no such attribute), so the build waiter sets it and
   * `waitForCompletion` must stay true. Copies in other regions do not inherit a family, so the
   * waiter also puts each copy in `distributionRegions` into it (found by the image's name;
   * RAM permissions `ecs:ModifyImageAttribute` and, with distribution regions, `ecs:DescribeImages`).
   *
   * @default - no family
   */
  readonly imageFamily?: string;

  /**
   * Any value; changing it starts a fresh build of an unchanged pipeline (a date, a release, the
   * version of a package the build installs).
   *
   * @default - a new build starts only when the pipeline changes
   */
  readonly rebuildToken?: string;

  /**
   * Whether `terraform apply` waits for the build (and the distribution) to finish. Only then the
   * factory can look up the image: with `false`, `imageId` throws, and the image is found later by
   * its name (`imageName`), e.g. with `Image.fromLookup` in a later deploy.
   *
   * @default true
   */
  readonly waitForCompletion?: boolean;

  /**
   * How to wait (timeout, poll interval, ...).
   *
   * @default - BuildWaiter's defaults (60 minutes), except that `failOnPartialSuccess` is true when a
   * distribution region has a `provider` (its copy is looked up, so it must exist)
   */
  readonly waitOptions?: BuildWaiterOptions;

  /**
   * Whether to add Terraform outputs (pipeline id, execution id, image name, image id and the ids
   * per distribution region), so `cdktf deploy` prints them. Their names start with the construct
   * path below the stack (`WebNginx_image_id`, or `Team_WebNginx_image_id` inside a construct `Team`).
   *
   * @default false
   */
  readonly terraformOutputs?: boolean;

  /**
   * Tags of every resource the factory creates, next to the factory tag
   * (`cdktf-alicloud-image-builder:factory` = the construct path).
   *
   * @default - only the factory tag
   */
  readonly tags?: Record<string, string>;

  /**
   * The resource group of the pipeline.
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * The provider (region) to build in.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A maintained golden image: base image + build steps in, a tested image id out, in one deploy.
 *
 * Creates, in this order: a build network (VPC and a vSwitch in a zone with the build instance type;
 * or uses `vswitch`), an Image Builder pipeline, an
 * execution that starts the build, a waiter that blocks `terraform apply` until the build and its
 * distribution have finished (and puts the image into `imageFamily`), and `alicloud_images`
 * lookups of the newest image of its name prefix (read after the waiter; the waiter builds a failed
 * build again on the next deploy, so a new execution id is found too), in the build region and in each distribution region
 * that has a provider. Build instances are deleted when a build fails, have no public IP unless
 * `internetMaxBandwidthOutMbps` is set, and everything created carries the factory tag.
 */
export class GoldenImageFactory extends Construct {
  /** The key of the tag every resource a factory creates carries; its value is the factory's construct path. */
  public static readonly FACTORY_TAG_KEY = 'cdktf-alicloud-image-builder:factory';

  /** The pipeline. */
  public readonly pipeline: ImagePipeline;

  /** The build started by this deploy. */
  public readonly execution: ImagePipelineExecution;

  /** The network the builds run in, when the factory created it. */
  public readonly network?: BuildNetwork;

  /** The vSwitch the builds run in. */
  public readonly vswitch: IVSwitch;

  /**
   * The name of the image this deploy builds, `{imageNamePrefix}_{executionId}`. When waiting, it
   * is read from the lookup of the built image after the build has finished (so after a failed build
   * was built again, it names the new execution); without waiting, it is formed from the execution id.
   */
  public readonly imageName: string;

  private readonly builtImage?: IAlicloudImage;
  private readonly regionImages = new Map<string, IAlicloudImage>();
  private readonly distributionRegionIds: string[];

  constructor(scope: Construct, id: string, props: GoldenImageFactoryProps) {
    super(scope, id);
    assertImageBuilderAvailable(this, 'GoldenImageFactory');
    checkAlicloudProvider(this, 'provider', props.provider);
    const waitForCompletion = props.waitForCompletion ?? true;
    if (props.waitOptions !== undefined && !waitForCompletion) {
      fail(this, 'waitOptions', 'needs waitForCompletion: true', props.waitOptions);
    }
    if (props.imageFamily !== undefined && !waitForCompletion) {
      fail(this, 'imageFamily', 'needs waitForCompletion: true (the waiter puts the built image into the family)', props.imageFamily);
    }
    checkExclusive(this, 'waitOptions.imageFamily', props.waitOptions?.imageFamily, 'imageFamily', props.imageFamily);
    checkLifecycle(this, props, waitForCompletion);
    const distribution = props.distributionRegions ?? [];
    this.distributionRegionIds = distribution.map((r) => r.regionId);
    checkUnique(this, 'distributionRegions', this.distributionRegionIds);
    const buildRegion = literalRegionOf(this, props.provider);
    distribution.forEach((region, i) => this.checkDistributionRegion(region, i, buildRegion));

    const tags = { ...props.tags, [GoldenImageFactory.FACTORY_TAG_KEY]: factoryTagValue(this) };
    const instanceType = props.instanceType ?? InstanceType.G6_LARGE;
    if (props.vswitch) {
      this.vswitch = props.vswitch;
    } else {
      // Image Builder makes its own security group for the build instance: none is created here.
      this.network = new BuildNetwork(this, 'Network', { instanceType, securityGroup: false, tags, provider: props.provider });
      this.vswitch = this.network.vswitch;
    }

    this.pipeline = new ImagePipeline(this, 'Pipeline', {
      baseImage: props.baseImage,
      buildContent: props.buildContent,
      imageNamePrefix: props.imageNamePrefix,
      description: props.description,
      instanceType,
      vswitch: this.vswitch,
      systemDiskSizeGiB: props.systemDiskSizeGiB,
      internetMaxBandwidthOutMbps: props.internetMaxBandwidthOutMbps,
      deleteInstanceOnFailure: true,
      resourceGroupId: props.resourceGroupId,
      tags,
      toRegionIds: distribution.length > 0 ? this.distributionRegionIds : undefined,
      addAccounts: props.shareWithAccountIds,
      provider: props.provider,
    });
    this.execution = this.pipeline.addExecution('Build', {
      rebuildToken: props.rebuildToken,
      waitForCompletion,
      waitOptions: waitForCompletion ? {
        // A PARTITION_SUCCESS build may lack a copy, and a lookup of a missing copy would fail the
        // apply with an empty-list error; failing in the waiter names the cause instead.
        failOnPartialSuccess: distribution.some((r) => r.provider !== undefined) ? true : undefined,
        ...props.waitOptions,
        // The waiter puts the built image into the family; it is the only one that can (API-only attribute).
        imageFamily: props.imageFamily ?? props.waitOptions?.imageFamily,
        ...lifecycleWaitOptions(this, props, tags),
      } : undefined, // waitOptions without waiting was rejected above
    });

    if (waitForCompletion) {
      // Keyed to the image name prefix, not to one execution id: when the waiter builds a failed
      // build again, the new image carries the new execution's id. The waiter has just seen the
      // newest build succeed, so the most recent image of the prefix is the one it built; dependsOn
      // reads each lookup only after the waiter.
      const waiter = this.execution.waiter!;
      const builtName = `^${escapeRegex(this.pipeline.imageNamePrefix!)}_exec-[A-Za-z0-9]+$`;
      const lookup = (id: string, provider?: TerraformProvider) => Image.fromLookup(this, id, {
        nameRegex: builtName, owners: ImageOwner.SELF, mostRecent: true, dependsOn: [waiter], provider,
      });
      this.builtImage = lookup('Image', props.provider);
      for (const region of distribution.filter((r) => r.provider !== undefined)) {
        this.regionImages.set(region.regionId, lookup(`Image-${region.regionId}`, region.provider));
      }
      const images = this.builtImage.node.findChild('Resource') as DataAlicloudImages;
      this.imageName = images.images.get(0).name;
    } else {
      this.imageName = this.execution.imageName;
    }
    addRetention(this, props, { namePrefix: this.pipeline.imageNamePrefix!, tags, copyRegionIds: this.distributionRegionIds, waiter: this.execution.waiter });
    if (props.terraformOutputs) this.addOutputs();
  }

  /**
   * The built image (in the build region): the newest own image of the name prefix, looked up after the waiter.
   * Throws when `waitForCompletion` is false: then use `imageName` in a later deploy.
   */
  public get image(): IAlicloudImage {
    if (!this.builtImage) {
      fail(this, 'image', 'is not available with waitForCompletion: false (the image does not exist yet when the deploy ends); use imageName', this.imageName);
    }
    return this.builtImage;
  }

  /** The built image's id (`m-...`), resolved after the build. See `image`. */
  public get imageId(): string {
    return this.image.imageId;
  }

  /**
   * The id of the image's copy in a distribution region whose `provider` was given.
   */
  public imageIdIn(regionId: string): string {
    const image = this.regionImages.get(regionId);
    if (image) return image.imageId;
    const why = !this.distributionRegionIds.includes(regionId)
      ? 'is not one of the distributionRegions'
      : this.builtImage ? 'has no provider in distributionRegions, so its copy is not looked up' : 'is not looked up with waitForCompletion: false';
    return fail(this, 'imageIdIn', why, regionId);
  }

  private checkDistributionRegion(region: DistributionRegion, index: number, buildRegion: string | undefined): void {
    const property = `distributionRegions[${index}]`;
    checkRegionId(this, `${property}.regionId`, region.regionId);
    if (buildRegion !== undefined && region.regionId === buildRegion) {
      fail(this, `${property}.regionId`, `must not be the build region ${buildRegion} (the image is built there)`, region.regionId);
    }
    if (region.provider === undefined) return;
    checkAlicloudProvider(this, `${property}.provider`, region.provider);
    const providerRegion = literalRegionOf(this, region.provider);
    if (providerRegion !== undefined && providerRegion !== region.regionId) {
      fail(this, `${property}.provider`, `must be a provider for ${region.regionId}`, providerRegion);
    }
  }

  private addOutputs(): void {
    // The construct path below the stack, so two factories named alike in different scopes differ.
    const stack = TerraformStack.of(this);
    const below = this.node.scopes.slice(this.node.scopes.indexOf(stack) + 1).map((c) => c.node.id);
    let prefix = below.join('_').replace(/[^a-zA-Z0-9_-]/g, '_');
    if (!/^[a-zA-Z_]/.test(prefix)) prefix = `_${prefix}`;
    const outputs: TerraformOutput[] = [];
    const output = (name: string, value: string, description: string) => {
      const added = new TerraformOutput(this, name, { value, description });
      added.overrideLogicalId(`${prefix}_${name}`);
      outputs.push(added);
    };
    output('pipeline_id', this.pipeline.imagePipelineId, 'Image Builder pipeline id');
    output('execution_id', this.execution.executionId, 'Image Builder execution id of this deploy');
    output('image_name', this.imageName, 'Name of the image built by this deploy');
    if (this.builtImage) {
      output('image_id', this.imageId, 'Id of the image built by this deploy');
      for (const regionId of this.regionImages.keys()) {
        output(`image_id_${regionId.replace(/-/g, '_')}`, this.imageIdIn(regionId), `Id of the image copy in ${regionId}`);
      }
    }
    // Terraform keeps only one of two outputs with the same name: never write such a file, whether
    // the other output was added before the factory or after it.
    checkNowAndAtSynth(this, () => {
      const ours = new Set(outputs.map((o) => o.friendlyUniqueId));
      const clash = stack.node.findAll().find((c): c is TerraformOutput =>
        c instanceof TerraformOutput && !outputs.includes(c) && ours.has(c.friendlyUniqueId));
      if (clash) fail(this, 'terraformOutputs', 'would add an output whose name another output of the stack already has', clash.friendlyUniqueId);
    });
  }
}

/** The factory's construct path, shortened with a hash when it is over the 128 characters of a tag value. */
function factoryTagValue(factory: Construct): string {
  const path = factory.node.path;
  return path.length <= 128 ? path : `${path.slice(0, 119)}-${contentHash(path)}`;
}

/** A literal for a regular expression (tokens are left alone: their value is unknown). */
function escapeRegex(text: string): string {
  return isToken(text) ? text : text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
