/** Finds the synthesized block an L1 construct wrote (by its type and logical id). */
import { TerraformDataSource, TerraformResource } from 'cdktf';
import { Synthesized } from './synth';

/** The JSON block `element` wrote into `out`; fails when it is missing. */
export function blockOf(out: Synthesized, element: TerraformResource | TerraformDataSource): any {
  const table = element instanceof TerraformDataSource
    ? out.dataSources(element.terraformResourceType)
    : out.resources(element.terraformResourceType);
  const block = table[element.friendlyUniqueId];
  if (!block) throw new Error(`no ${element.terraformResourceType}.${element.friendlyUniqueId} in the synthesized stack`);
  return block;
}
