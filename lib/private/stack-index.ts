/**
 * What the library reads from a whole stack (its providers and outputs), collected in one walk of
 * the construct tree and shared by every construct of the stack. A walk per construct made synth
 * quadratic in the number of constructs (issue 19).
 *
 * A tree still grows after a construct is made (a provider or an output may be added later), so:
 * - at construction, lookups read the walk taken at the stack's first lookup (or a later one), and a
 *   check that fails is re-run on a fresh walk before it throws: a stale walk can delay an error to
 *   synth, never invent one;
 * - at synth the walk is taken again, once: an aspect drops it during synthesis (both
 *   `app.synth()` and `Testing.synth` invoke aspects before they render the stack), and the stack's
 *   one validation re-runs every registered `atSynth` check against a fresh walk.
 */
import { Aspects, IAspect, TerraformOutput, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from './validation-error';

/** Counts of whole-tree work, read by the regression test that keeps synth linear. */
export const workCounters = { stackWalks: 0 };

interface Walk {
  readonly providers: TerraformProvider[];
  readonly outputs: TerraformOutput[];
  /** Outputs by logical id, built on first use. */
  outputsById?: Map<string, TerraformOutput[]>;
}

class StackIndex implements IAspect {
  private walk?: Walk;
  private readonly checks: Array<() => void> = [];

  constructor(private readonly stack: TerraformStack) {
    // The aspect sits on a child without children: on the stack itself cdktf would visit every
    // construct of the stack with it (and compute each one's path), and one visit is all it needs.
    Aspects.of(new Construct(stack, 'CdktfAlicloudImageBuilderStackIndex')).add(this);
    stack.node.addValidation({
      validate: () => {
        this.walk = undefined;
        for (const check of this.checks) check();
        return [];
      },
    });
  }

  /** Synthesis has started (aspects run before the stack is rendered): the next lookup walks the final tree. */
  public visit(): void {
    this.walk = undefined;
  }

  public providers(): TerraformProvider[] {
    return this.current().providers;
  }

  /** Every output of the stack with that logical id. */
  public outputsNamed(logicalId: string): TerraformOutput[] {
    const walk = this.current();
    if (!walk.outputsById) {
      walk.outputsById = new Map();
      for (const output of walk.outputs) {
        const id = output.friendlyUniqueId;
        walk.outputsById.set(id, [...walk.outputsById.get(id) ?? [], output]);
      }
    }
    return walk.outputsById.get(logicalId) ?? [];
  }

  /** Runs `check` now; if it fails, once more on a fresh walk (the tree may have grown since the last one). */
  public checkNow(check: () => void): void {
    const earlierWalk = this.walk;
    try {
      check();
    } catch (e) {
      if (!(e instanceof ValidationError) || earlierWalk === undefined || this.walk !== earlierWalk) throw e;
      this.walk = undefined;
      check();
    }
  }

  /** Runs `check` in the stack's one validation at synth, after the tree is final. */
  public atSynth(check: () => void): void {
    this.checks.push(check);
  }

  private current(): Walk {
    if (!this.walk) {
      workCounters.stackWalks++;
      const providers: TerraformProvider[] = [];
      const outputs: TerraformOutput[] = [];
      for (const c of this.stack.node.findAll()) {
        if (TerraformProvider.isTerraformProvider(c)) providers.push(c);
        else if (c instanceof TerraformOutput) outputs.push(c);
      }
      this.walk = { providers, outputs };
    }
    return this.walk;
  }
}

const indexes = new WeakMap<TerraformStack, StackIndex>();

/** The index of the scope's stack. */
export function stackIndexOf(scope: IConstruct): StackIndex {
  const stack = TerraformStack.of(scope);
  let index = indexes.get(stack);
  if (!index) {
    index = new StackIndex(stack);
    indexes.set(stack, index);
  }
  return index;
}

/**
 * Runs a check that reads the stack's providers or outputs now and again at synth, when providers
 * or outputs added after the construct are known too.
 */
export function checkNowAndAtSynthWithStack(scope: IConstruct, check: () => void): void {
  const index = stackIndexOf(scope);
  index.checkNow(check);
  index.atSynth(check);
}
