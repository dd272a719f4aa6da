/** Lifecycle helpers for the constructs' L1 resources. */
import { Lazy, TerraformResource } from 'cdktf';

/**
 * The resource's address as a bare reference (`terraform_data.X`). Terraform parses each
 * `replace_triggered_by` string of a JSON config as an expression, so the `${terraform_data.X}` that
 * cdktf writes for a resource (or its `fqn`) is rejected with "Invalid character"
 * (hashicorp/terraform-cdk#3196, #3532). The logical id is read at synth, after any
 * `overrideLogicalId`.
 */
export function bareAddress(resource: TerraformResource): string {
  return Lazy.stringValue({ produce: () => `${resource.terraformResourceType}.${resource.friendlyUniqueId}` });
}
