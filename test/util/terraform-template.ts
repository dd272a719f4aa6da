/**
 * A tiny evaluator of Terraform string templates, enough to prove what a synthesized string becomes
 * after Terraform reads it: `$${` and `%%{` unescape, `${"literal"}` yields the literal, and
 * `${reference}` yields the value given for that reference. Directives (`%{ ... }`) are an error,
 * because build content never means one.
 */
export function evaluateTemplate(template: string, references: Record<string, string> = {}): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('$${', i)) {
      out += '${';
      i += 3;
    } else if (template.startsWith('%%{', i)) {
      out += '%{';
      i += 3;
    } else if (template.startsWith('${', i)) {
      const end = template.indexOf('}', i);
      if (end < 0) throw new Error(`unterminated interpolation at ${i}`);
      const expr = template.slice(i + 2, end).trim();
      if (expr.startsWith('"')) {
        out += JSON.parse(expr);
      } else if (expr in references) {
        out += references[expr];
      } else {
        throw new Error(`unexpected interpolation \${${expr}} at ${i}`);
      }
      i = end + 1;
    } else if (template.startsWith('%{', i)) {
      throw new Error(`unexpected template directive at ${i}`);
    } else {
      out += template[i];
      i += 1;
    }
  }
  return out;
}
