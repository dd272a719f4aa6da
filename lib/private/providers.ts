/** Which provider (and so which region) a construct's resources use. */
import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
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
  const defaults = TerraformStack.of(scope).node.findAll()
    .filter((c): c is TerraformProvider => c instanceof TerraformProvider)
    .filter((p) => p.terraformResourceType === 'alicloud' && p.alias === undefined);
  return defaults.length === 1 ? defaults[0] : undefined;
}
