import { BootMode, NvmeSupport } from '../image/image-enums';
import { ImageRetention } from '../image/image-retention';
import { ImdsSupport } from '../image/image-settings';

/**
 * What a `GoldenImageFactory` does with each image after the build: settings the build waiter
 * applies to it and its copies, and retention of older images (issue 20).
 */
export interface GoldenImageLifecycleProps {
  /**
   * Boot mode the waiter sets on the built image and its copies after the build
   * (see `BuildWaiterOptions.bootMode`). Needs `waitForCompletion`.
   *
   * @default - the image keeps the boot mode the build gave it
   */
  readonly bootMode?: BootMode;

  /**
   * NVMe support the waiter sets on the built image and its copies after the build; 9th-generation
   * instance families (c9i, g9i, r9i, ...) need `NvmeSupport.SUPPORTED` (see
   * `BuildWaiterOptions.nvmeSupport`). Needs `waitForCompletion`.
   *
   * @default - the image keeps the NVMe support the build gave it
   */
  readonly nvmeSupport?: NvmeSupport;

  /**
   * IMDS support the waiter sets on the built image and its copies after the build;
   * `ImdsSupport.V2` (IMDSv2 only) is the hardening choice and cannot be undone (see
   * `BuildWaiterOptions.imdsSupport`). Needs `waitForCompletion`.
   *
   * @default - the image keeps the IMDS support the build gave it
   */
  readonly imdsSupport?: ImdsSupport;

  /**
   * Tags the waiter puts on the built image and its copies after the build (`TagResources`).
   * When this or `retention` is set, the images also get `tags` and the factory tag
   * (`GoldenImageFactory.FACTORY_TAG_KEY`); at most 20 tags in all. Needs `waitForCompletion`.
   *
   * @default - the images get no tags, unless `retention` is set (then `tags` and the factory tag)
   */
  readonly imageTags?: Record<string, string>;

  /**
   * Retires this factory's older images after each successful build: the newest `keepLatest`
   * stay; older ones are deprecated and/or deleted, in the build region and in each distribution
   * region; never an image an instance uses, nor a shared one unless `includeShared`. Only images
   * whose name starts with `imageNamePrefix_` AND that carry the factory tag are considered; the
   * waiter tags every image the factory builds once retention is on. Runs on the deploy machine
   * after the waiter, like it (RAM permissions in the README). Needs `waitForCompletion`.
   *
   * @default - no retention: older images stay as they are
   */
  readonly retention?: ImageRetention;
}
