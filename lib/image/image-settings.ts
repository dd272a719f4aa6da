/**
 * Settings the build waiter applies to a built image and its copies after the build (ECS
 * `ModifyImageAttribute` and `TagResources`; Terraform cannot set them on the image a pipeline
 * builds). Rules here, rendering into the waiter's environment here, so BuildWaiter only spreads them.
 */
import { Fn, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { BootMode, NvmeSupport } from './image-enums';
import { literal } from '../private/template-escape';
import { checkOneOf, checkRegionId, checkTags, checkUnique, fail, isToken } from '../private/validation';

/** Which instance metadata service (IMDS) access an image allows. */
export enum ImdsSupport {
  /** IMDSv1 and IMDSv2 (the default of new images). */
  V1 = 'v1',
  /**
   * IMDSv2 only: instances must fetch a session token first (a hardening setting; an image
   * cannot go back to v1 once set).
   */
  V2 = 'v2',
}

/** The settings as BuildWaiterOptions carries them. */
export interface ImageSettingsInput {
  readonly bootMode?: BootMode;
  readonly nvmeSupport?: NvmeSupport;
  readonly imdsSupport?: ImdsSupport;
  readonly imageTags?: Record<string, string>;
  readonly copyRegionIds?: string[];
}

/** The variables the waiter reads (src/waiter/post-build.ts IMAGE_SETTING_OPTIONS). */
const ENV = {
  bootMode: 'CDKTF_ALICLOUD_WAIT_BOOT_MODE',
  nvmeSupport: 'CDKTF_ALICLOUD_WAIT_NVME_SUPPORT',
  imdsSupport: 'CDKTF_ALICLOUD_WAIT_IMDS_SUPPORT',
  imageTags: 'CDKTF_ALICLOUD_WAIT_IMAGE_TAGS',
  copyRegionIds: 'CDKTF_ALICLOUD_WAIT_COPY_REGIONS',
} as const;

/** Synth-time rules of the settings (property names as the user wrote them, under `prefix`). */
export function checkImageSettings(scope: IConstruct, settings: ImageSettingsInput, prefix = ''): void {
  checkOneOf(scope, `${prefix}bootMode`, settings.bootMode, Object.values(BootMode));
  checkOneOf(scope, `${prefix}nvmeSupport`, settings.nvmeSupport, Object.values(NvmeSupport));
  checkOneOf(scope, `${prefix}imdsSupport`, settings.imdsSupport, Object.values(ImdsSupport));
  checkTags(scope, `${prefix}imageTags`, settings.imageTags);
  if (settings.imageTags !== undefined && !isToken(settings.imageTags) && Object.keys(settings.imageTags).length === 0) {
    fail(scope, `${prefix}imageTags`, 'must have at least one tag when given', settings.imageTags);
  }
  const regions = settings.copyRegionIds;
  if (regions !== undefined && isToken(regions)) {
    fail(scope, `${prefix}copyRegionIds`, 'must be a list written in the code, not a token known only at deploy', regions);
  }
  checkUnique(scope, `${prefix}copyRegionIds`, regions);
  regions?.forEach((r, i) => checkRegionId(scope, `${prefix}copyRegionIds[${i}]`, r));
}

/**
 * The waiter's environment for the settings. Tags travel as one JSON object; a token among them is
 * encoded by Terraform (`jsonencode`), literal text is escaped so Terraform does not read `${`.
 */
export function imageSettingsEnvironment(settings: ImageSettingsInput, imageFamily: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  if (settings.bootMode !== undefined) env[ENV.bootMode] = settings.bootMode;
  if (settings.nvmeSupport !== undefined) env[ENV.nvmeSupport] = settings.nvmeSupport;
  if (settings.imdsSupport !== undefined) env[ENV.imdsSupport] = settings.imdsSupport;
  const tags = settings.imageTags;
  if (tags !== undefined) {
    const hasToken = isToken(tags) || Object.entries(tags).some(([k, v]) => Token.isUnresolved(k) || Token.isUnresolved(v));
    env[ENV.imageTags] = hasToken ? Fn.jsonencode(tags) : literal(JSON.stringify(tags));
  }
  // Copies matter only when there is something to put on them.
  const anything = hasImageSettings(settings) || imageFamily !== undefined;
  if (anything && settings.copyRegionIds !== undefined && settings.copyRegionIds.length > 0) env[ENV.copyRegionIds] = settings.copyRegionIds.join(',');
  return env;
}

/** Whether any setting (beyond the family) is given. */
export function hasImageSettings(settings: ImageSettingsInput): boolean {
  return settings.bootMode !== undefined || settings.nvmeSupport !== undefined || settings.imdsSupport !== undefined || settings.imageTags !== undefined;
}

/**
 * A `triggers_replace` entry that changes with the settings, so a changed setting runs the waiter
 * again on the next apply (it finds the build finished and applies only what differs). Empty
 * without settings, so waiters without them keep their trigger.
 */
export function imageSettingsTrigger(settings: ImageSettingsInput, imageFamily: string | undefined): Record<string, string> {
  if (!hasImageSettings(settings)) return {};
  return { image_settings: JSON.stringify(imageSettingsEnvironment(settings, imageFamily)) };
}
