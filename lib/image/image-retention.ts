/**
 * The retention rules of a factory's older images (run by ./retention-run.ts).
 */

/**
 * Which older images a `GoldenImageFactory` retires after each successful build. Only images of
 * this factory are touched: their name starts with the factory's `imageNamePrefix` followed by `_`
 * AND they carry the factory tag (`GoldenImageFactory.FACTORY_TAG_KEY` = the factory's path), which
 * the build waiter puts on every image the factory builds once retention is on. Images built before
 * retention was turned on carry no factory tag and are never touched.
 */
export interface ImageRetention {
  /**
   * How many of the newest images (the one just built included) stay untouched, in each region.
   * 1-100.
   *
   * @default 3
   */
  readonly keepLatest?: number;

  /**
   * Whether the older images are deprecated (`ModifyImageAttribute` `Status=Deprecated`; RAM
   * permission `ecs:ModifyImageAttribute`). A deprecated image is hidden from default image
   * listings (`DescribeImages` lists Available images unless asked), launches by image family skip
   * it, it can no longer be shared or copied, and it can be made Available again.
   *
   * @default true
   */
  readonly deprecateOlder?: boolean;

  /**
   * Delete an older image once it is this many days old (counted from its creation;
   * `DeleteImage`, never forced; RAM permission `ecs:DeleteImage`). 0-3650.
   *
   * @default - older images are never deleted
   */
  readonly deleteAfterDays?: number;

  /**
   * Whether to only print what would be deprecated or deleted, changing nothing.
   *
   * @default false
   */
  readonly dryRun?: boolean;

  /**
   * Whether images shared with other accounts (or public) are retired too. They are unshared first
   * (`ModifyImageSharePermission`; a shared image cannot be deprecated), which takes them away
   * from the accounts they were shared with.
   *
   * @default false - a shared image is left alone, and the log says so
   */
  readonly includeShared?: boolean;

  /**
   * How long the retention run may take before it fails the deploy, in minutes (1-1440).
   *
   * @default 10
   */
  readonly timeoutMinutes?: number;
}

