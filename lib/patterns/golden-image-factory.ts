import { TerraformOutput, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { BuildNetwork } from '../network/build-network';
import { ImageOwner } from '../core/image-owner';
import { Image } from '../image/image';
import { IAlicloudImage } from '../image/image-base';
import { BaseImage } from '../image-builder/base-image';
import { BuildContent } from '../image-builder/build-content';
import { ImagePipeline } from '../image-builder/image-pipeline';
import { ImagePipelineExecution } from '../image-builder/image-pipeline-execution';
import { InstanceType } from '../core/instance-type';
import { IVSwitch } from '../core/interfaces';
import { DistributionRegion, GoldenImageFactoryProps } from './golden-image-factory-props';
import { addRetention, checkLifecycle, lifecycleWaitOptions } from '../private/factory-lifecycle';
import { assertImageBuilderAvailable } from '../private/cloud';
import { contentHash } from '../private/hash';
import { checkAlicloudProvider, literalRegionOf } from '../private/providers';
import { checkNowAndAtSynthWithStack, stackIndexOf } from '../private/stack-index';
import { checkAccountId, checkExclusive, checkMaxItems, checkRegionId, checkUnique, fail, isToken } from '../private/validation';
import { bool, checkProps, instanceOf, listOf, nonEmpty, num, obj, required, retentionStruct, str, strList, strMap, struct, waitOptionsStruct } from '../private/runtime-checks';
import * as alicloud from '../generated/alicloud';

const GOLDEN_IMAGE_FACTORY_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.GoldenImageFactory');

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
  /**
   * Whether `x` is a `GoldenImageFactory` construct of this library (imported ones are not).
   */
  public static isGoldenImageFactory(x: any): x is GoldenImageFactory {
    return x !== null && typeof x === 'object' && GOLDEN_IMAGE_FACTORY_SYMBOL in x;
  }

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


  private readonly builtImage?: IAlicloudImage;
  private builtImageName?: string;
  private readonly regionImages = new Map<string, IAlicloudImage>();
  private readonly distributionRegionIds: string[];

  constructor(scope: Construct, id: string, props: GoldenImageFactoryProps) {
    super(scope, id);
    checkProps(this, props, {
      baseImage: required(instanceOf(BaseImage, 'BaseImage')), buildContent: required(instanceOf(BuildContent, 'BuildContent')),
      imageNamePrefix: str, description: str, instanceType: instanceOf(InstanceType, 'InstanceType'), systemDiskSizeGiB: num,
      internetMaxBandwidthOutMbps: num, vswitch: obj, distributionRegions: listOf(struct({ regionId: required(str), provider: obj })),
      shareWithAccountIds: strList, imageFamily: str, rebuildToken: str, waitForCompletion: bool, waitOptions: waitOptionsStruct,
      terraformOutputs: bool, tags: strMap, resourceGroupId: nonEmpty, provider: obj,
      // The post-build settings' values are checked by checkLifecycle, with the settings' own messages.
      bootMode: str, nvmeSupport: str, imdsSupport: str,
      imageTags: strMap, retention: retentionStruct,
    });
    Object.defineProperty(this, GOLDEN_IMAGE_FACTORY_SYMBOL, { value: true });
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
    distribution.forEach((region, i) => this.checkDistributionRegion(region, i));
    // The build region may come from a default provider added later: checked again at synth.
    if (distribution.length > 0) checkNowAndAtSynthWithStack(this, () => this.checkNotBuildRegion(distribution, props.provider));

    // Checked here, so that errors name the props the user wrote (the pipeline calls them addAccounts, toRegionIds).
    checkMaxItems(this, 'distributionRegions', props.distributionRegions, 20);
    checkMaxItems(this, 'shareWithAccountIds', props.shareWithAccountIds, 20);
    checkUnique(this, 'shareWithAccountIds', props.shareWithAccountIds);
    props.shareWithAccountIds?.forEach((account, i) => checkAccountId(this, `shareWithAccountIds[${i}]`, account));

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
    }
    addRetention(this, props, { namePrefix: this.pipeline.imageNamePrefix!, tags, copyRegionIds: this.distributionRegionIds, waiter: this.execution.waiter });
    if (props.terraformOutputs) this.addOutputs();
  }

  /**
   * The name of the image this deploy builds, `{imageNamePrefix}_{executionId}`. When waiting, it
   * is read from the lookup of the built image after the build has finished (so after a failed build
   * was built again, it names the new execution); without waiting, it is formed from the execution id.
   */
  public get imageName(): string {
    // Made on first read (and kept, so every read is the same token): an attribute reference records
    // a stack trace, and the waiting form builds four (the images list element, its nested lists,
    // the name), which a factory whose name nobody reads never needs (issue 19).
    if (this.builtImageName === undefined) {
      this.builtImageName = this.builtImage
        ? (this.builtImage.node.findChild('Resource') as alicloud.dataAlicloudImages.DataAlicloudImages).images.get(0).name
        : this.execution.imageName;
    }
    return this.builtImageName;
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

  private checkDistributionRegion(region: DistributionRegion, index: number): void {
    const property = `distributionRegions[${index}]`;
    checkRegionId(this, `${property}.regionId`, region.regionId);
    if (region.provider === undefined) return;
    checkAlicloudProvider(this, `${property}.provider`, region.provider);
    const providerRegion = literalRegionOf(this, region.provider);
    if (providerRegion !== undefined && providerRegion !== region.regionId) {
      fail(this, `${property}.provider`, `must be a provider for ${region.regionId}`, providerRegion);
    }
  }

  private checkNotBuildRegion(distribution: DistributionRegion[], provider: TerraformProvider | undefined): void {
    const buildRegion = literalRegionOf(this, provider);
    if (buildRegion === undefined) return;
    const index = distribution.findIndex((r) => r.regionId === buildRegion);
    if (index >= 0) {
      fail(this, `distributionRegions[${index}].regionId`, `must not be the build region ${buildRegion} (the image is built there)`, buildRegion);
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
    // the other output was added before the factory or after it. The stack's outputs come from its
    // index (one walk per stack), looked up by name.
    const index = stackIndexOf(this);
    checkNowAndAtSynthWithStack(this, () => {
      for (const own of outputs) {
        const clash = index.outputsNamed(own.friendlyUniqueId).find((o) => !outputs.includes(o));
        if (clash) fail(this, 'terraformOutputs', 'would add an output whose name another output of the stack already has', clash.friendlyUniqueId);
      }
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
