import { IConstruct } from 'constructs';

/**
 * A security group, created by this app or imported.
 */
export interface ISecurityGroup extends IConstruct {
  /**
   * The security group id (`sg-...`), or a token resolved at deploy time.
   */
  readonly securityGroupId: string;
}
