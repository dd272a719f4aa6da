/**
 * Default physical names derived from the construct path: stable across synths, unique per app, and
 * within the API's name rule (a letter first; letters, digits, `: _ . -`).
 */
import { IConstruct } from 'constructs';
import { contentHash } from './hash';

/**
 * A name made of the construct path below the app (stack id included), e.g. `images-Pipeline`.
 * Paths longer than `maxLength` keep their start and end in an 8-character hash of the full path.
 */
export function nameFromPath(scope: IConstruct, maxLength: number): string {
  const parts = scope.node.scopes.slice(1).map((s) => s.node.id).filter((p) => p !== '');
  let name = parts.join('-').replace(/[^a-zA-Z0-9:._-]/g, '-');
  if (!/^[a-zA-Z]/.test(name)) name = `n${name}`;
  if (name.length > maxLength) name = `${name.slice(0, maxLength - 9)}-${contentHash(scope.node.path)}`;
  return name;
}
