/**
 * Terraform's built-in `terraform_data` resource, written as cdktf's `DataResource` writes it (same
 * attributes, same JSON), without its per-resource version check: `DataResource` adds a validation
 * to every instance that runs `terraform version` in a child process at synth, which made synth of
 * N waiting factories cost N processes (issue 19). `terraform_data` needs Terraform >= 1.4 (as the
 * README says): that is checked once per stack instead.
 */
import { TerraformMetaArguments, TerraformResource, TerraformStack, anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl } from 'cdktf';
import { Construct } from 'constructs';

export interface TerraformDataConfig extends TerraformMetaArguments {
  /** Stored in the state and reflected in the `output` attribute after apply. */
  readonly input?: { [key: string]: any };
  /** Forces replacement when it changes. */
  readonly triggersReplace?: { [key: string]: any };
}

/** Stacks that already check the Terraform version. */
const checkedStacks = new WeakSet<TerraformStack>();

export class TerraformData extends TerraformResource {
  private readonly input?: { [key: string]: any };
  private readonly triggersReplace?: { [key: string]: any };

  constructor(scope: Construct, id: string, config: TerraformDataConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this.input = config.input;
    this.triggersReplace = config.triggersReplace;
    const stack = TerraformStack.of(this);
    if (!checkedStacks.has(stack)) {
      checkedStacks.add(stack);
      // cdktf's own check, the one DataResource adds (cdktf is pinned; the class is not exported at its
      // top level). Required here, not at load: it pulls in semver, which a cold require need not pay.
      const { ValidateTerraformVersion }: typeof import('cdktf/lib/validations/validate-terraform-version') =
        require('cdktf/lib/validations/validate-terraform-version');
      stack.node.addValidation(new ValidateTerraformVersion('>=1.4',
        'The built-in Terraform data resource (terraform_data) is only supported for Terraform >=1.4. Please upgrade your Terraform version.'));
    }
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      input: hashMapper(anyToTerraform)(this.input),
      triggers_replace: hashMapper(anyToTerraform)(this.triggersReplace),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return {
      input: hashMapperHcl(anyToHclTerraform)(this.input),
      triggers_replace: hashMapperHcl(anyToHclTerraform)(this.triggersReplace),
    };
  }
}
