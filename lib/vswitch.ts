import { IConstruct } from 'constructs';

/**
 * A vSwitch (subnet), created by this app or imported.
 */
export interface IVSwitch extends IConstruct {
  /**
   * The vSwitch id (`vsw-...`), or a token resolved at deploy time.
   */
  readonly vswitchId: string;
}
