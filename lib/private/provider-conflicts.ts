/**
 * Guards an L2's generated resource against escape-hatch overrides (`addOverride`) that break a
 * provider ConflictsWith rule: the L2's own props cannot produce such a configuration, but an
 * override can, and `terraform plan` would then fail far from the cause.
 */
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { checkConflicts, fail } from './validation';

/** Checks `pairs` against `resource`'s final attributes (overrides merged) when the stack is validated. */
export function guardProviderConflicts(owner: Construct, resource: TerraformResource, pairs: ReadonlyArray<readonly [string, string]>): void {
  owner.node.addValidation({
    validate: () => {
      const byType: Record<string, Record<string, Record<string, unknown>>> = resource.toTerraform().resource ?? {};
      for (const instances of Object.values(byType)) {
        for (const config of Object.values(instances)) checkConflicts(owner, config, pairs);
      }
      return [];
    },
  });
}

/**
 * Checks that `resource`'s final attributes (overrides merged) set at least one of `attributes` when
 * the stack is validated: a provider AtLeastOneOf rule that the schema does not carry.
 */
export function guardProviderAtLeastOne(owner: Construct, resource: TerraformResource, attributes: readonly string[]): void {
  owner.node.addValidation({
    validate: () => {
      const byType: Record<string, Record<string, Record<string, unknown>>> = resource.toTerraform().resource ?? {};
      for (const instances of Object.values(byType)) {
        for (const config of Object.values(instances)) {
          if (!attributes.some((a) => config[a] !== undefined && config[a] !== null && config[a] !== '')) {
            fail(owner, resource.node.id, `must set at least one of ${attributes.join(', ')} (the provider's rule)`, Object.keys(config));
          }
        }
      }
      return [];
    },
  });
}
