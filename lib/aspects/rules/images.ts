/**
 * Where images go: shares with other accounts and copies to other regions.
 */
import { RuleLevel } from '../rule-level';
import { literalStrings, Rule } from './rule';

/** The account id argument (a string or a list) of each resource that shares an image: one row per type. */
const SHARE_ATTRIBUTES: Record<string, string> = {
  alicloud_image_share_permission: 'account_id',
  alibabacloudstack_image_share_permission: 'account_id',
  alicloud_ecs_image_pipeline: 'add_account',
};

/** The encryption flag of each resource that copies an image. */
const COPY_ENCRYPTION_ATTRIBUTES: Record<string, string> = {
  alicloud_image_copy: 'encrypted',
  alibabacloudstack_image_copy: 'encrypted',
};

export const SHARE_RULE: Rule = {
  id: 'AIB-SEC-006',
  title: 'Image shared outside the allowed accounts',
  catches: 'an image share (`alicloud_image_share_permission`, `alibabacloudstack_image_share_permission`, a pipeline\'s `add_account`) with an account that is not in `allowedAccountIds` (with no allow-list, every share)',
  defaultLevel: RuleLevel.ERROR,
  check(resource, options) {
    const attribute = SHARE_ATTRIBUTES[resource.type];
    if (attribute === undefined) return [];
    return literalStrings(resource.attributes[attribute])
      .filter((account) => !options.allowedAccountIds.includes(account))
      .map((account) => `${attribute} shares with account ${account}, which is not in allowedAccountIds`
        + (options.allowedAccountIds.length === 0 ? ' (no accounts are allowed)' : ` (${options.allowedAccountIds.join(', ')})`));
  },
};

export const UNENCRYPTED_COPY_RULE: Rule = {
  id: 'AIB-SEC-007',
  title: 'Image copy without encryption',
  catches: 'an image copy to another region (`alicloud_image_copy`, `alibabacloudstack_image_copy`) whose `encrypted` is false or unset',
  defaultLevel: RuleLevel.WARNING,
  check(resource) {
    const attribute = COPY_ENCRYPTION_ATTRIBUTES[resource.type];
    if (attribute === undefined) return [];
    const value = resource.attributes[attribute];
    if (value === undefined || value === null) return [`${attribute} is not set, so the copy is not encrypted`];
    return value === false || value === 'false' ? [`${attribute} is false`] : [];
  },
};
