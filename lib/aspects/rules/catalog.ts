import { ACCESS_KEY_RULE, PASSWORD_RULE, PRIVATE_KEY_RULE } from './secrets';
import { OPEN_INGRESS_RULE, PUBLIC_BANDWIDTH_RULE } from './network';
import { SHARE_RULE, UNENCRYPTED_COPY_RULE } from './images';
import { Rule } from './rule';
import { REQUIRED_TAGS_RULE } from './tags';

/** Every rule of the pack, in id order. Ids are a public contract: never renumber. */
export const RULES: readonly Rule[] = [
  ACCESS_KEY_RULE,
  PRIVATE_KEY_RULE,
  PASSWORD_RULE,
  OPEN_INGRESS_RULE,
  PUBLIC_BANDWIDTH_RULE,
  SHARE_RULE,
  UNENCRYPTED_COPY_RULE,
  REQUIRED_TAGS_RULE,
];
