/**
 * Retention of a factory's older images: a `terraform_data` resource whose `local-exec` runs the
 * bundled waiter's `retain-images` command after each successful build (it depends on the build
 * waiter), without a shell, every value in the provisioner's `environment`. Not exported from the
 * package: the factory's `retention` prop is the public surface.
 */
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { BuildWaiter, waiterAsset } from '../image-builder/build-waiter';
import { literal } from '../private/template-escape';
import { TerraformData } from '../private/terraform-data';
import { checkRange, fail } from '../private/validation';
import { ImageRetention } from './image-retention';

/** The factory's wiring of a retention run (not exported from the package). */
export interface ImageRetentionRunProps {
  readonly retention: ImageRetention;
  /** Property name for messages (`retention`). */
  readonly property: string;
  readonly namePrefix: string;
  readonly tagKey: string;
  readonly tagValue: string;
  /** The build region, resolved at synth (the default provider may be added later). */
  readonly buildRegion: () => string | undefined;
  readonly copyRegionIds: string[];
  readonly waiter: BuildWaiter;
  readonly nodeCommand?: string;
}

/** Checks an `ImageRetention` at synth. */
export function checkRetention(scope: Construct, property: string, retention: ImageRetention): void {
  checkRange(scope, `${property}.keepLatest`, retention.keepLatest, 1, 100);
  checkRange(scope, `${property}.deleteAfterDays`, retention.deleteAfterDays, 0, 3650, 'days');
  checkRange(scope, `${property}.timeoutMinutes`, retention.timeoutMinutes, 1, 1440, 'minutes');
  if (retention.deprecateOlder === false && retention.deleteAfterDays === undefined) {
    fail(scope, `${property}.deprecateOlder`, 'is false and deleteAfterDays is not set, so retention would do nothing', retention);
  }
}

/**
 * Runs `retain-images` after the build waiter (and again after each new build).
 */
export class ImageRetentionRun extends Construct {
  /** The `terraform_data` resource whose provisioner runs the retention. */
  public readonly resource: TerraformData;

  constructor(scope: Construct, id: string, props: ImageRetentionRunProps) {
    super(scope, id);
    const r = props.retention;
    checkRetention(this, props.property, r);
    const environment: Record<string, string> = {
      CDKTF_ALICLOUD_RETAIN_NAME_PREFIX: props.namePrefix,
      CDKTF_ALICLOUD_RETAIN_TAG_KEY: literal(props.tagKey),
      CDKTF_ALICLOUD_RETAIN_TAG_VALUE: literal(props.tagValue),
      CDKTF_ALICLOUD_RETAIN_REGIONS: Lazy.stringValue({
        produce: () => {
          const buildRegion = props.buildRegion();
          if (buildRegion === undefined) {
            fail(this, props.property, "needs the build region at synth: give the factory's provider a literal region, or waitOptions.region", undefined);
          }
          return [buildRegion, ...props.copyRegionIds].join(',');
        },
      }),
      CDKTF_ALICLOUD_RETAIN_KEEP_LATEST: String(r.keepLatest ?? 3),
      CDKTF_ALICLOUD_RETAIN_DEPRECATE_OLDER: String(r.deprecateOlder ?? true),
      ...(r.deleteAfterDays !== undefined ? { CDKTF_ALICLOUD_RETAIN_DELETE_AFTER_DAYS: String(r.deleteAfterDays) } : {}),
      CDKTF_ALICLOUD_RETAIN_DRY_RUN: String(r.dryRun ?? false),
      CDKTF_ALICLOUD_RETAIN_INCLUDE_SHARED: String(r.includeShared ?? false),
      CDKTF_ALICLOUD_RETAIN_TIMEOUT_MINUTES: String(r.timeoutMinutes ?? 10),
    };
    // TerraformData, not cdktf's DataResource: no `terraform version` process per resource at synth.
    this.resource = new TerraformData(this, 'Resource', {
      // Runs after each build (a new execution replaces the waiter) and when the rules change.
      triggersReplace: {
        execution_id: props.waiter.executionId,
        retention: JSON.stringify({
          keepLatest: r.keepLatest ?? 3, deprecateOlder: r.deprecateOlder ?? true, deleteAfterDays: r.deleteAfterDays ?? null,
          dryRun: r.dryRun ?? false, includeShared: r.includeShared ?? false,
        }),
      },
      dependsOn: [props.waiter],
      provisioners: [{
        type: 'local-exec',
        interpreter: [literal(props.nodeCommand ?? 'node'), waiterAsset(this).path, 'retain-images'],
        command: '--from-env',
        environment,
      }],
    });
  }
}
