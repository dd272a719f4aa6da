import { IConstruct } from 'constructs';

/**
 * An ECS instance, created by this app or imported.
 */
export interface IInstance extends IConstruct {
  /**
   * The instance id (`i-...`), or a token resolved at deploy time.
   */
  readonly instanceId: string;
}
