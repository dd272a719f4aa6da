// The default name of an Image Builder pipeline. A pipeline cannot be updated in place, so its name
// changes with every input: `<path>-<hash of all inputs>`, plus a hash Terraform computes over the
// values of token inputs.
import { Fn, IResolveContext, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { contentHash } from './hash';
import { nameFromPath } from './names';
import { splitTokens } from './template-escape';

/**
 * `<path>-<hash of all inputs>`, plus `-<hash computed by Terraform>` over the values of any
 * token inputs, so that a change of a looked-up value also yields a new name.
 */
export function pipelineNameFromInputs(scope: IConstruct, inputs: object, renderedContent: string, context: IResolveContext): string {
  const resolved = context.resolve(inputs);
  const hash = contentHash(JSON.stringify(resolved));
  // The content's own tokens (component ids, ...), not the Lazy that renders it.
  const tokens = tokenPieces({ ...inputs, buildContent: renderedContent });
  if (tokens.length === 0) return `${nameFromPath(scope, 128 - 9)}-${hash}`;
  const deployTimeHash = Fn.substr(Fn.sha256(Fn.jsonencode(tokens)), 0, 8);
  return `${nameFromPath(scope, 128 - 18)}-${hash}-${deployTimeHash}`;
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
