/** Helpers for asserting on Terraform references in synthesized JSON. */
import { Synthesized } from './synth';

/** `${expression}`, the way cdktf writes a reference into JSON. */
export function ref(expression: string): string {
  return '${' + expression + '}';
}

/** The logical id of the only resource of `type` (fails when there is not exactly one). */
export function logicalId(out: Synthesized, type: string): string {
  const ids = Object.keys(out.resources(type));
  if (ids.length !== 1) throw new Error(`expected exactly one ${type}, found ${ids.length}`);
  return ids[0];
}

/** The logical id of the only data source of `type`. */
export function dataLogicalId(out: Synthesized, type: string): string {
  const ids = Object.keys(out.dataSources(type));
  if (ids.length !== 1) throw new Error(`expected exactly one data.${type}, found ${ids.length}`);
  return ids[0];
}
