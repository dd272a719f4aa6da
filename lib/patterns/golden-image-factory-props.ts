// The factory's props, apart from the construct so that each file holds one concern.
import { TerraformProvider } from 'cdktf';
import { InstanceType } from '../core/instance-type';
import { IVSwitch } from '../core/interfaces';
import { BaseImage } from '../image-builder/base-image';
import { BuildContent } from '../image-builder/build-content';
import { BuildWaiterOptions } from '../image-builder/build-waiter';
import { GoldenImageLifecycleProps } from './golden-image-lifecycle';

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
