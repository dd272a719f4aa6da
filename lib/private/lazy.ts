/**
 * A lazy string like `Lazy.stringValue`, without the stack trace cdktf's Lazy records when it is
 * created: a full trace per token was a fifth of the synth time of N pipelines (issue 19). The
 * producers here throw the library's ValidationError, which names the construct path, so the
 * creation stack adds nothing to an error.
 */
import { IResolvable, IResolveContext, Token } from 'cdktf';

class LazyValue implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly produce: (context: IResolveContext) => string | undefined) {}

  public resolve(context: IResolveContext): string | undefined {
    return this.produce(context);
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** A string token whose value `produce` computes whenever the stack is resolved. */
export function lazyString(produce: (context: IResolveContext) => string | undefined): string {
  return Token.asString(new LazyValue(produce));
}
