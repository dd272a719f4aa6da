// What both clouds' `SecurityGroup.fromSecurityGroupId` / `fromSecurityGroupAttributes` return: a
// group known from outside the app, with its VPC when given (consumers check it against the vSwitch's).
import { Construct } from 'constructs';
import { ISecurityGroup } from '../core/interfaces';
import { checkProps, str } from './runtime-checks';
import { checkNotEmpty, checkResourceId } from './validation';

export class ExistingSecurityGroup extends Construct implements ISecurityGroup {
  public readonly securityGroupId: string;
  public readonly vpcId?: string;

  /** `checkIds`: fromSecurityGroupId has always taken any non-empty id; the attributes importer checks the forms. */
  constructor(scope: Construct, id: string, attrs: { readonly securityGroupId: string; readonly vpcId?: string }, checkIds: boolean) {
    super(scope, id);
    checkProps(this, attrs, { securityGroupId: str, vpcId: str });
    checkNotEmpty(this, 'securityGroupId', attrs.securityGroupId);
    if (checkIds) checkResourceId(this, 'securityGroupId', attrs.securityGroupId, 'sg', 'a security group');
    checkResourceId(this, 'vpcId', attrs.vpcId, 'vpc', 'a VPC');
    this.securityGroupId = attrs.securityGroupId;
    this.vpcId = attrs.vpcId;
  }
}
