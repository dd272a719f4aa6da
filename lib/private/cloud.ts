/**
 * Which cloud a stack deploys to, read from the providers configured in it. Image Builder
 * (pipelines, components, executions) exists only on Alibaba Cloud (`alicloud`); Apsara Stack
 * (`alibabacloudstack`) has custom images but no Image Builder.
 */
import { IConstruct } from 'constructs';
import { checkNowAndAtSynthWithStack, stackIndexOf } from './stack-index';
import { fail } from './validation';

/** The Terraform provider types (`alicloud`, `alibabacloudstack`, ...) configured in the scope's stack. */
export function providerTypesOf(scope: IConstruct): Set<string> {
  return new Set(stackIndexOf(scope).providers().map((p) => p.terraformResourceType));
}

/** Whether the scope's stack targets Apsara Stack only (an alibabacloudstack provider and no alicloud one). */
export function isApsaraStackOnly(scope: IConstruct): boolean {
  const types = providerTypesOf(scope);
  return types.has('alibabacloudstack') && !types.has('alicloud');
}

/**
 * Throws a ValidationError naming the construct path when `feature` needs Image Builder but the
 * scope's stack deploys to Apsara Stack only. Call it before creating any Image Builder resource;
 * it checks again at synth, when providers added after the construct are known too.
 */
export function assertImageBuilderAvailable(scope: IConstruct, feature: string): void {
  checkNowAndAtSynthWithStack(scope, () => checkImageBuilderAvailable(scope, feature));
}

function checkImageBuilderAvailable(scope: IConstruct, feature: string): void {
  if (!isApsaraStackOnly(scope)) return;
  fail(scope, feature,
    'needs Alibaba Cloud ECS Image Builder, which Apsara Stack does not have (the alibabacloudstack provider has no image '
    + 'pipeline, component or execution resources); on Apsara Stack, build the image on an instance and capture it '
    + 'with apsara.ImageFromInstance, or add an alicloud provider to this stack to use Image Builder on Alibaba Cloud',
    'provider alibabacloudstack');
}
