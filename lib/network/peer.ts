import { IConstruct } from 'constructs';
import { ISecurityGroup } from '../core/interfaces';
import { checkCidr, checkPattern, isToken } from '../private/validation';

const IPV4_ADDRESS = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;

/**
 * The other side of a security group rule: an IPv4 CIDR block or another security group.
 */
export class Peer {
  /** An IPv4 CIDR block, e.g. `10.0.0.0/8`, or one address, e.g. `192.0.2.10`. */
  public static ipv4(cidrIp: string): Peer {
    return new Peer(cidrIp, undefined);
  }

  /** Every IPv4 address (`0.0.0.0/0`). Think twice before using it for inbound rules. */
  public static anyIpv4(): Peer {
    return new Peer('0.0.0.0/0', undefined);
  }

  /** The members of another security group (in the same VPC). */
  public static securityGroup(securityGroup: ISecurityGroup): Peer {
    return new Peer(undefined, securityGroup);
  }

  /**
   * @param cidrIp the CIDR block, for address peers
   * @param sourceSecurityGroup the group, for security group peers
   */
  protected constructor(
    public readonly cidrIp: string | undefined,
    public readonly sourceSecurityGroup: ISecurityGroup | undefined,
  ) {}

  /**
   * Validates the peer for the rule at `scope`; returns the rule fields and a stable key for ids.
   *
   * @internal
   */
  public _render(scope: IConstruct, property: string): { cidrIp?: string; sourceSecurityGroupId?: string; key: string } {
    if (this.sourceSecurityGroup) {
      return { sourceSecurityGroupId: this.sourceSecurityGroup.securityGroupId, key: this.sourceSecurityGroup.node.path };
    }
    // The API takes a single address as well as a block.
    if (this.cidrIp !== undefined && !isToken(this.cidrIp) && !this.cidrIp.includes('/')) {
      checkPattern(scope, property, this.cidrIp, IPV4_ADDRESS, 'must be an IPv4 address or CIDR block');
    } else {
      checkCidr(scope, property, this.cidrIp, 0, 32);
    }
    return { cidrIp: this.cidrIp, key: this.cidrIp ?? '' };
  }
}
