// The default name of an Image Builder pipeline. A pipeline cannot be updated in place, so its name
// changes with every input: `<path>-<hash of all inputs>`, plus a hash Terraform computes over the
// values of token inputs.
import { Fn, IResolvable, IResolveContext, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { contentHash } from './hash';
import { nameFromPath } from './names';
import { splitTokens } from './template-escape';

/**
 * `<path>-<hash of all inputs>`, plus `-<hash computed by Terraform>` over the values of any
 * token inputs, so that a change of a looked-up value also yields a new name.
 *
 * One per pipeline: the name is produced on every resolve of the stack, and recomputing it each
 * time cost as much as the rest of the pipeline's synth (issue 19), so it is kept while the
 * resolved inputs stay the same.
 */
/** The build content of a pipeline, three ways (see PipelineName). */
export interface PipelineContent {
  readonly token: string;
  readonly rendered: () => string | undefined;
  readonly written: () => string;
}

export class PipelineName {
  private deployTimeHash?: { readonly tokens: unknown[]; readonly hash: string };
  private last?: { readonly inputs: string; readonly name: string };

  /**
   * `inputs.buildContent` is `content.token`, the Lazy that renders the content; `content.rendered`
   * gives what it resolves to (before its own tokens are resolved) and `content.written` the content
   * as written (with its tokens), for the Terraform-side hash.
   */
  constructor(private readonly scope: IConstruct, private readonly inputs: object, private readonly content: PipelineContent) {
    // cdktf's function calls (used for whole list or map tokens only) record a full stack trace each,
    // which costs more the deeper the stack: they are made here, where it is short, not in a resolve.
    if (tokenPieces(inputs).some((t) => typeof t !== 'string')) this.deployTimeHashOf(this.tokens());
  }

  public produce(context: IResolveContext): string {
    const resolved = JSON.stringify(this.resolveInputs(context));
    if (this.last?.inputs === resolved) return this.last.name;
    const hash = contentHash(resolved);
    const deployTimeHash = this.deployTimeHashOf(this.tokens());
    const name = deployTimeHash === undefined
      ? `${nameFromPath(this.scope, 128 - 9)}-${hash}`
      : `${nameFromPath(this.scope, 128 - 18)}-${hash}-${deployTimeHash}`;
    this.last = { inputs: resolved, name };
    return name;
  }

  /**
   * `context.resolve(inputs)`, but cdktf's resolver only walks the values that hold a token: literal
   * values are already what it would return, and the full walk cost as much as the resource's own.
   * The content's Lazy is not resolved through cdktf either: its value is what it renders, resolved.
   */
  private resolveInputs(context: IResolveContext): Record<string, unknown> {
    const resolved: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.inputs)) {
      // Like the resolver: undefined values are left out, and so are undefined list elements.
      let out: unknown;
      if (value === this.content.token) {
        const text = this.content.rendered();
        out = text !== undefined && holdsToken(text) ? context.resolve(text) : text;
      } else {
        out = holdsToken(value) ? context.resolve(value) : Array.isArray(value) ? value.filter((v) => v !== undefined) : value;
      }
      if (out !== undefined) resolved[key] = out;
    }
    return resolved;
  }

  private tokens(): unknown[] {
    return tokenPieces({ ...this.inputs, buildContent: this.content.written() });
  }

  /** `substr(sha256(jsonencode(tokens)), 0, 8)`, evaluated by Terraform; kept while the tokens stay the same. */
  private deployTimeHashOf(tokens: unknown[]): string | undefined {
    if (tokens.length === 0) return undefined;
    const kept = this.deployTimeHash;
    if (kept?.tokens.length !== tokens.length || tokens.some((t, i) => t !== kept.tokens[i])) {
      this.deployTimeHash = { tokens, hash: deployTimeHashExpression(tokens) };
    }
    return this.deployTimeHash!.hash;
  }
}

/**
 * `Fn.substr(Fn.sha256(Fn.jsonencode(tokens)), 0, 8)`. When every token is a string (a reference,
 * a variable, a number written as a string: the usual case), the same expression is one token of the
 * library that renders what cdktf's three function calls render: each cdktf function call records a
 * full stack trace when it is made (three per pipeline, about a sixth of the construction time of N
 * factories, issue 19), and they do nothing else until they are resolved. Whole list or map tokens
 * keep cdktf's functions, which know how to write them.
 */
export function deployTimeHashExpression(tokens: unknown[]): string {
  if (!tokens.every((t) => typeof t === 'string')) return Fn.substr(Fn.sha256(Fn.jsonencode(tokens)), 0, 8);
  return Token.asString(new DeployTimeHash(tokens as string[]));
}

/**
 * `${substr(sha256(jsonencode([t1, t2, ...])), 0, 8)}` as cdktf's FunctionCall resolves it: inside a
 * function call references are written without their `${ }` (suppressBraces) and escapes are left to
 * the call (ignoreEscapes, warnEscapes); a string that is one whole token is written as its resolved
 * value. A test compares it with the Fn form for every kind of string token.
 */
class DeployTimeHash implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly tokens: readonly string[]) {}

  public resolve(context: IResolveContext): string {
    // The same context flags and restores as cdktf's FunctionCall.resolve (suppressBraces stays set, as there).
    const suppressBraces = context.suppressBraces;
    const ignoreEscapes = context.ignoreEscapes;
    const warnEscapes = context.warnEscapes;
    context.suppressBraces = true;
    context.ignoreEscapes = true;
    context.warnEscapes = true;
    const items = this.tokens.map((t) => context.resolve(t));
    context.ignoreEscapes = ignoreEscapes;
    context.warnEscapes = warnEscapes;
    const expr = `substr(sha256(jsonencode([${items.join(', ')}])), 0, 8)`;
    return suppressBraces ? expr : `\${${expr}}`;
  }

  public toString(): string {
    return Token.asString(this);
  }
}

function holdsToken(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'boolean') return false;
  if (Token.isUnresolved(value)) return true;
  if (Array.isArray(value)) return value.some(holdsToken);
  if (typeof value === 'object') return Object.entries(value).some(([k, v]) => Token.isUnresolved(k) || holdsToken(v));
  return false;
}

/** Every token in the inputs (whole values or embedded in strings), each once, in a stable order. */
function tokenPieces(value: unknown, into: unknown[] = []): unknown[] {
  const add = (piece: unknown) => { if (!into.includes(piece)) into.push(piece); };
  if (typeof value === 'string') {
    for (const piece of splitTokens(value)) if (piece.isToken) add(piece.text);
  } else if (typeof value === 'number') {
    if (Token.isUnresolved(value)) add(Token.asString(value));
  } else if (value !== null && typeof value === 'object' && Token.isUnresolved(value)) {
    add(value); // a whole list or map known only at deploy (var.regions, var.tags)
  } else if (Array.isArray(value)) {
    value.forEach((v) => tokenPieces(v, into));
  } else if (value !== null && typeof value === 'object') {
    Object.keys(value).sort().forEach((k) => tokenPieces((value as Record<string, unknown>)[k], into));
  }
  return into;
}
