import { isIPv6 } from 'net';
import { IConstruct } from 'constructs';
import { ISecurityGroup } from '../core/interfaces';
import { checkCidr, checkPattern, fail, isToken } from '../private/validation';
import { checkArgs, obj, required, str } from '../private/runtime-checks';

const IPV4_ADDRESS = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;

/**
 * The other side of a security group rule: an IPv4 or IPv6 CIDR block, or another security group.
 */
export class Peer {
  /** An IPv4 CIDR block, e.g. `10.0.0.0/8`, or one address, e.g. `192.0.2.10`. */
  public static ipv4(cidrIp: string): Peer {
    checkArgs('Peer.ipv4', { cidrIp }, { cidrIp: required(str) });
    return new Peer(cidrIp, undefined);
  }

  /** Every IPv4 address (`0.0.0.0/0`). Think twice before using it for inbound rules. */
  public static anyIpv4(): Peer {
    return new Peer('0.0.0.0/0', undefined);
  }

  /**
   * An IPv6 CIDR block, e.g. `2408:4000::/56`, or one address (`ipv6_cidr_ip`). The instances need
   * IPv6 addresses, from a vSwitch with `enableIpv6`.
   */
  public static ipv6(cidrIp: string): Peer {
    checkArgs('Peer.ipv6', { cidrIp }, { cidrIp: required(str) });
    return new Peer(undefined, undefined, cidrIp);
  }

  /** Every IPv6 address (`::/0`). Think twice before using it for inbound rules. */
  public static anyIpv6(): Peer {
    return new Peer(undefined, undefined, '::/0');
  }

  /** The members of another security group (in the same VPC). */
  public static securityGroup(securityGroup: ISecurityGroup): Peer {
    checkArgs('Peer.securityGroup', { securityGroup }, { securityGroup: required(obj) });
    return new Peer(undefined, securityGroup);
  }

  /**
   * @param cidrIp the CIDR block, for address peers
   * @param sourceSecurityGroup the group, for security group peers
   * @param ipv6CidrIp the IPv6 CIDR block, for IPv6 address peers
   */
  protected constructor(
    public readonly cidrIp: string | undefined,
    public readonly sourceSecurityGroup: ISecurityGroup | undefined,
    public readonly ipv6CidrIp?: string,
  ) {}

  /**
   * Validates the peer for the rule at `scope`; returns the rule fields and a stable key for ids.
   *
   * @internal
   */
  public _render(scope: IConstruct, property: string): { cidrIp?: string; ipv6CidrIp?: string; sourceSecurityGroupId?: string; key: string } {
    if (this.sourceSecurityGroup) {
      return { sourceSecurityGroupId: this.sourceSecurityGroup.securityGroupId, key: this.sourceSecurityGroup.node.path };
    }
    if (this.ipv6CidrIp !== undefined) {
      if (!isToken(this.ipv6CidrIp) && !isIpv6Block(this.ipv6CidrIp)) {
        fail(scope, property, 'must be an IPv6 address or CIDR block such as 2408:4000::/56', this.ipv6CidrIp);
      }
      return { ipv6CidrIp: this.ipv6CidrIp, key: this.ipv6CidrIp };
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

/** An IPv6 address, or an address with a prefix length from 0 to 128. */
function isIpv6Block(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  if (rest.length > 0 || !isIPv6(address)) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= 128);
}
