/**
 * GoldenImageFactory's post-build settings and retention wiring (kept out of the factory file):
 * the rules, the waiter options, the tags that mark the factory's images, and the retention run.
 */
import { Construct } from 'constructs';
import { BuildWaiter, BuildWaiterOptions } from '../image-builder/build-waiter';
import { checkImageSettings } from '../image/image-settings';
import { ImageRetentionRun } from '../image/retention-run';
import { GoldenImageLifecycleProps } from '../patterns/golden-image-lifecycle';
import { literalRegionOf } from './providers';
import { checkExclusive, fail } from './validation';
import { TerraformProvider } from 'cdktf';

/** The tag key the factory marks its resources (and, with these options, its images) with. */
const FACTORY_TAG_KEY = 'cdktf-alicloud-image-builder:factory';

interface FactoryProps extends GoldenImageLifecycleProps {
  readonly waitOptions?: BuildWaiterOptions;
  readonly provider?: TerraformProvider;
}

/** Each option needs the waiter, and must not also be given in waitOptions. */
export function checkLifecycle(scope: Construct, props: FactoryProps, waitForCompletion: boolean): void {
  const options = { bootMode: props.bootMode, nvmeSupport: props.nvmeSupport, imdsSupport: props.imdsSupport, imageTags: props.imageTags, retention: props.retention };
  for (const [property, value] of Object.entries(options)) {
    if (value !== undefined && !waitForCompletion) fail(scope, property, 'needs waitForCompletion: true (the build waiter applies it after the build)', value);
    checkExclusive(scope, `waitOptions.${property}`, (props.waitOptions as Record<string, unknown> | undefined)?.[property], property, value);
  }
  checkImageSettings(scope, props);
}

/**
 * The settings for the waiter. The images get `imageTags`, and with it or with retention also the
 * factory's `tags` and the factory tag (retention recognises the factory's images by it).
 */
export function lifecycleWaitOptions(scope: Construct, props: FactoryProps, tags: Record<string, string>): BuildWaiterOptions {
  const own = props.imageTags ?? props.waitOptions?.imageTags;
  let imageTags: Record<string, string> | undefined;
  if (own !== undefined || props.retention !== undefined) {
    imageTags = { ...tags, ...own, [FACTORY_TAG_KEY]: tags[FACTORY_TAG_KEY] };
    if (Object.keys(imageTags).length > 20) {
      fail(scope, 'imageTags', `together with tags and the factory tag must be at most 20 tags, but are ${Object.keys(imageTags).length}`, Object.keys(imageTags));
    }
  }
  return {
    bootMode: props.bootMode ?? props.waitOptions?.bootMode,
    nvmeSupport: props.nvmeSupport ?? props.waitOptions?.nvmeSupport,
    imdsSupport: props.imdsSupport ?? props.waitOptions?.imdsSupport,
    imageTags,
  };
}

/** Adds the retention run after the waiter, when `retention` is set. */
export function addRetention(scope: Construct, props: FactoryProps, wiring: {
  namePrefix: string; tags: Record<string, string>; copyRegionIds: string[]; waiter?: BuildWaiter;
}): void {
  if (props.retention === undefined || wiring.waiter === undefined) return;
  new ImageRetentionRun(scope, 'Retention', {
    retention: props.retention,
    property: 'retention',
    namePrefix: wiring.namePrefix,
    tagKey: FACTORY_TAG_KEY,
    tagValue: wiring.tags[FACTORY_TAG_KEY],
    buildRegion: () => props.waitOptions?.region ?? literalRegionOf(scope, props.provider),
    copyRegionIds: wiring.copyRegionIds,
    waiter: wiring.waiter,
    nodeCommand: props.waitOptions?.nodeCommand,
  });
}
