/**
 * Terraform parses every string of a synthesized `cdk.tf.json` as a template: `${` starts an
 * interpolation and `%{` a directive. User scripts (shell `${HOME}`, `%{...}` in printf formats) must
 * therefore be escaped (`$${`, `%%{`), while cdktf tokens embedded in the same string (for example a
 * component id) must stay live so that they resolve to real references.
 */
import { Token } from 'cdktf';

/** cdktf's encoding of a string token: `${TfToken[TOKEN.12]}` (see cdktf tokens/private/encoding). */
const STRING_TOKEN = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;

/** One piece of a string: literal text, or an embedded token (kept as its encoded marker). */
export interface TextPiece {
  readonly text: string;
  readonly isToken: boolean;
}

/** Splits a string into literal pieces and embedded cdktf string tokens, in order. */
export function splitTokens(value: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of value.matchAll(STRING_TOKEN)) {
    const index = match.index ?? 0;
    // Only markers that cdktf really knows are tokens; anything else is literal text.
    if (!Token.isUnresolved(match[0])) continue;
    if (index > last) pieces.push({ text: value.slice(last, index), isToken: false });
    pieces.push({ text: match[0], isToken: true });
    last = index + match[0].length;
  }
  if (last < value.length) pieces.push({ text: value.slice(last), isToken: false });
  return pieces;
}

/** Escapes one literal piece: `${` becomes `$${` and `%{` becomes `%%{`. */
export function escapeTemplateLiteral(text: string): string {
  // Function replacers: in a replacement string `$$` would mean a single `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/**
 * Escapes the literal parts of a string that may contain cdktf tokens, leaving the tokens live.
 *
 * A literal that ends in `$` or `%` right before a token would merge with the token's `${` into an
 * escape sequence (`$${ref}` is the literal text `${ref}`), so that trailing run of characters is
 * written as a template expression of itself (`${"$$"}`), which Terraform evaluates back to the text.
 */
export function escapeTemplate(value: string): string {
  const pieces = splitTokens(value);
  return pieces.map((piece, i) => {
    if (piece.isToken) return piece.text;
    let text = escapeTemplateLiteral(piece.text);
    const next = pieces[i + 1];
    if (next?.isToken) {
      // The whole run: `$$` + `${ref}` would still read as the escape `$${`.
      text = text.replace(/[$%]+$/, (run) => `\${"${run}"}`);
    }
    return text;
  }).join('');
}

