/** Reads the annotations cdktf writes to manifest.json, without writing files (see StackSynthesizer). */
import { Testing, TerraformStack } from 'cdktf';

export interface Annotation {
  readonly path: string;
  readonly level: 'error' | 'warning' | 'info';
  readonly message: string;
}

const LEVELS: Record<string, Annotation['level']> = { '@cdktf/error': 'error', '@cdktf/warn': 'warning', '@cdktf/info': 'info' };

/** Synthesizes the stack (running its aspects) and returns every annotation below it, paths without the stack. */
export function annotationsOf(stack: TerraformStack): Annotation[] {
  Testing.synth(stack);
  const prefix = `${stack.node.path}/`;
  return stack.node.findAll().flatMap((node) => node.node.metadata
    .filter((m) => LEVELS[m.type] !== undefined)
    .map((m) => ({ path: node.node.path.replace(prefix, ''), level: LEVELS[m.type], message: String(m.data) })));
}

/** The annotations of one rule, as `level path: message`-free tuples easy to compare. */
export function findingsOf(stack: TerraformStack, ruleId: string): Array<{ path: string; level: Annotation['level']; message: string }> {
  return annotationsOf(stack).filter((a) => a.message.startsWith(`${ruleId} `));
}
