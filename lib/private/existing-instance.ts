// What both clouds' `Instance.fromInstanceId` / `fromInstanceAttributes` return: an instance known
// from outside the app, with what a consumer may read besides its id.
import { Construct } from 'constructs';
import { IInstance } from '../core/interfaces';
import { checkProps, nonEmpty, str } from './runtime-checks';
import { checkIpv4Address, checkNotEmpty, checkResourceId } from './validation';

export class ExistingInstance extends Construct implements IInstance {
  public readonly instanceId: string;
  public readonly privateIp?: string;
  public readonly zoneId?: string;

  /** `checkIds`: fromInstanceId has always taken any non-empty id; the attributes importer checks the form. */
  constructor(scope: Construct, id: string, attrs: { readonly instanceId: string; readonly privateIp?: string; readonly zoneId?: string }, checkIds: boolean) {
    super(scope, id);
    checkProps(this, attrs, { instanceId: str, privateIp: str, zoneId: nonEmpty });
    checkNotEmpty(this, 'instanceId', attrs.instanceId);
    if (checkIds) checkResourceId(this, 'instanceId', attrs.instanceId, 'i', 'an instance');
    checkIpv4Address(this, 'privateIp', attrs.privateIp);
    this.instanceId = attrs.instanceId;
    this.privateIp = attrs.privateIp;
    this.zoneId = attrs.zoneId;
  }
}
