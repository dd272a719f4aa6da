/** Which provider (and so which region) a construct's resources use. */
import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { stackIndexOf } from './stack-index';
import { fail, isToken } from './validation';

/** Resources of another provider type, or of another stack, cannot use `provider`. */
export function checkAlicloudProvider(scope: IConstruct, property: string, provider: TerraformProvider | undefined): void {
  if (provider === undefined) return;
  if (provider.terraformResourceType !== 'alicloud') {
    fail(scope, property, 'must be an alicloud provider', provider.terraformResourceType);
  }
  if (TerraformStack.of(provider) !== TerraformStack.of(scope)) {
    fail(scope, property, 'must be a provider of the same stack', provider.node.path);
  }
}

/**
 * The region that `provider` (or, when undefined, the stack's default alicloud provider) deploys
 * to, when it is a literal; undefined when it is a token, unset (taken from the environment) or
 * the stack has no single default provider.
 */
export function literalRegionOf(scope: IConstruct, provider: TerraformProvider | undefined): string | undefined {
  const effective = provider ?? defaultAlicloudProvider(scope);
  const region = (effective as unknown as { region?: unknown } | undefined)?.region;
  return typeof region === 'string' && !isToken(region) ? region : undefined;
}

function defaultAlicloudProvider(scope: IConstruct): TerraformProvider | undefined {
  // The stack's providers from its index: one tree walk per stack, not one per call.
  const defaults = stackIndexOf(scope).providers()
    .filter((p) => p.terraformResourceType === 'alicloud' && p.alias === undefined);
  return defaults.length === 1 ? defaults[0] : undefined;
}
