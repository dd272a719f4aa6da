import { IConstruct } from 'constructs';

/**
 * A VPC, created by this app or imported.
 */
export interface IVpc extends IConstruct {
  /**
   * The VPC id (`vpc-...`), or a token resolved at deploy time.
   */
  readonly vpcId: string;
}
