/**
 * The library's one literal-string mechanism at the L2 -> L1 boundary.
 *
 * Terraform parses every string of a synthesized `cdk.tf.json` (and every key of a map) as a
 * template: `${` starts an interpolation and `%{` a directive. A user's string (a description with
 * `${foo}`, a shell script with `${HOME}`, a printf `%{...}`) must therefore reach Terraform escaped,
 * while cdktf tokens embedded in the same string (a variable, a resource id) must stay live.
 *
 * Every construct passes the configuration it gives to an L1 resource or data source through
 * `literalValue()` (strings written inside a `Lazy` go through `literal()`), once, and keeps the
 * user's raw value for its own attributes and checks, so that no string is escaped twice.
 */
import { Token, Tokenization } from 'cdktf';

/** cdktf's encoding of a string token: `${TfToken[TOKEN.12]}` (see cdktf tokens/private/encoding). */
const STRING_TOKEN = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;

/** One piece of a string: literal text, or an embedded token (kept as its encoded marker). */
export interface TextPiece {
  readonly text: string;
  readonly isToken: boolean;
}

/** Splits a string into literal pieces and embedded cdktf string tokens, in order. */
export function splitTokens(value: string): TextPiece[] {
  // Most strings hold no marker: no regular expression, no token lookup for them.
  if (!value.includes('${')) return value === '' ? [] : [{ text: value, isToken: false }];
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of value.matchAll(STRING_TOKEN)) {
    const index = match.index ?? 0;
    // Only markers that cdktf really knows are tokens; anything else is literal text.
    if (!isKnownToken(match[0])) continue;
    if (index > last) pieces.push({ text: value.slice(last, index), isToken: false });
    pieces.push({ text: match[0], isToken: true });
    last = index + match[0].length;
  }
  if (last < value.length) pieces.push({ text: value.slice(last), isToken: false });
  return pieces;
}

function isKnownToken(marker: string): boolean {
  try {
    return Tokenization.reverseString(marker).tokens.length > 0;
  } catch {
    return false; // cdktf throws for a marker that no token of this app has: it is the user's text
  }
}

/**
 * A run of `$` before `{` written as a template expression of itself: Terraform evaluates `${"$$"}`
 * back to `$$`, and the text keeps no `${` for cdktf to read as an expression or a token marker.
 */
const dollarRun = (run: string) => `\${"${run}"}`;

/** Escapes text without tokens: `${` becomes `$${` and `%{` becomes `%%{`. */
export function escapeTemplateLiteral(text: string): string {
  // Function replacers: in a replacement string `$$` would mean a single `$`.
  // One pass, so that the expression written for a marker-like run is not escaped again.
  return text.replace(/\$+(?=\{TfToken\[)|\$\{|%\{/g, (match) => {
    if (match === '%{') return '%%{';
    if (match === '${') return '$${';
    // Text that merely looks like a cdktf token marker would make cdktf look up a token that is not there.
    return dollarRun(match);
  });
}

/**
 * A user's string as Terraform must read it to evaluate back to exactly that string; embedded
 * tokens stay live. `undefined` stays `undefined`, a whole token stays the token.
 *
 * Literal text gets the usual escapes (`$${`, `%%{`). Two cases next to a token need more, because
 * of how cdktf writes a string that holds tokens: it reads a `${` in the text as the start of a
 * Terraform expression and writes the tokens after it, up to the next `}`, without their own `${ }`
 * (so `$${` + token would become the literal text `${var.x}`); and a run of `$` right before a token
 * would merge with the token's `${` into an escape. There the run of `$` is written as a template
 * expression of itself, `${"$$"}`, which cdktf sees closed before the token and Terraform evaluates
 * back to the text.
 */
export function literal(value: string): string;
export function literal(value: string | undefined): string | undefined;
export function literal(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return value;
  // Without a `{` there is no `${`, `%{` or token marker: the text is already what Terraform reads.
  if (!value.includes('{')) return value;
  const pieces = splitTokens(value);
  return pieces.map((piece, i) => {
    if (piece.isToken) return piece.text;
    let text = escapeTemplateLiteral(piece.text);
    if (pieces[i + 1]?.isToken) {
      text = text.replace(/\$+$/, dollarRun);
      // The text before a token must not end inside what cdktf takes for an open expression.
      const open = lastOpen(text);
      if (open > text.lastIndexOf('}')) {
        const runStart = text.slice(0, open + 1).search(/\$+$/);
        // The escape added one `$` to the run: the expression writes the user's run.
        text = text.slice(0, runStart) + dollarRun(text.slice(runStart, open)) + text.slice(open + 1);
      }
    }
    return text;
  }).join('');
}

/** Where cdktf sees the last `${` that opens an expression (its own token markers aside), or -1. */
function lastOpen(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/\$\{(?!TfToken\[)/g)) last = m.index ?? -1;
  return last;
}


/**
 * `literal()` applied to every string of an L1 configuration: strings, list elements, map values
 * and map keys, in plain objects and arrays at any depth. Tokens (whole lists and maps known only at
 * deploy too), constructs, providers and other class instances are passed through untouched.
 */
export function literalValue<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return literal(value);
  if (value === null || typeof value !== 'object' || Token.isUnresolved(value)) return value;
  if (Array.isArray(value)) return value.map(walk);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // a construct, a provider, an IResolvable
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[literal(key)] = walk(v);
  return out;
}
