/**
 * Terraform's built-in `terraform_data` resource, written as cdktf's `DataResource` writes it (same
 * attributes, same JSON), without its per-resource version check: `DataResource` adds a validation
 * to every instance that runs `terraform version` in a child process at synth, which made synth of
 * N waiting factories cost N processes (issue 19). `terraform_data` needs Terraform >= 1.4 (as the
 * README says): that is checked once per stack instead.
 */
import { execFileSync } from 'child_process';
import { TerraformMetaArguments, TerraformResource, TerraformStack, anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl } from 'cdktf';
import { Construct, IValidation } from 'constructs';

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
      stack.node.addValidation(new TerraformVersionCheck());
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

/**
 * The check cdktf's DataResource adds (`terraform version` >= 1.4, the same binary and messages),
 * written here: cdktf does not export it, and its module pulls in semver on load.
 */
class TerraformVersionCheck implements IValidation {
  public validate(): string[] {
    const binary = process.env.TERRAFORM_BINARY_NAME || 'terraform';
    let output: string;
    try {
      output = execFileSync(binary, ['version'], { stdio: 'pipe' }).toString();
    } catch (e) {
      return [`Could not determine version of ${binary}, ${binary} version failed: ${e}`];
    }
    const version = /(\d+)\.(\d+)\.(\d+)/.exec(output);
    if (!version) return [`Could not determine version of ${binary} (running ${binary} version)`];
    const [major, minor] = [Number(version[1]), Number(version[2])];
    if (major > 1 || (major === 1 && minor >= 4)) return [];
    return [`${binary} version ${version[0]} is lower than the required version >=1.4 for this construct. `
      + 'The built-in Terraform data resource (terraform_data) is only supported for Terraform >=1.4. Please upgrade your Terraform version.'];
  }
}
