/**
 * Required tags, for cost allocation and ownership.
 */
import { RuleLevel } from '../rule-level';
import { Rule } from './rule';

export const REQUIRED_TAGS_RULE: Rule = {
  id: 'AIB-SEC-008',
  title: 'Required tags missing',
  catches: 'an `alicloud_*` or `alibabacloudstack_*` resource whose schema has `tags` but whose tags lack a key listed in `requiredTags` (no check without `requiredTags`)',
  defaultLevel: RuleLevel.WARNING,
  check(resource, options) {
    if (!resource.hasTags || options.requiredTags.length === 0) return [];
    const tags = resource.attributes.tags;
    // A whole tag map known only at deploy (var.tags) cannot be checked.
    if (typeof tags === 'string') return [];
    const present = tags !== null && typeof tags === 'object' ? Object.keys(tags) : [];
    const missing = options.requiredTags.filter((key) => !present.includes(key));
    return missing.length === 0 ? [] : [`tags lack ${missing.join(', ')}`];
  },
};
