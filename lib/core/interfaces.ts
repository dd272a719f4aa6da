// The references every domain and both clouds pass around. They live here, apart from the
// constructs that implement them, so that a consumer (an instance taking an image, a peer naming a
// security group, an Apsara Stack construct implementing IVpc) imports them without an import cycle.
import { IConstruct } from 'constructs';

/**
 * An ECS custom image: one this app creates, imports, copies or looks up, on Alibaba Cloud or on
 * Apsara Stack. Code that consumes images (base images, instances) takes an `IImage`.
 */
export interface IImage extends IConstruct {
  /**
   * The image id (`m-...`), or a token that Terraform resolves at deploy time.
   */
  readonly imageId: string;
}

/**
 * An ECS instance, created by this app or imported.
 */
export interface IInstance extends IConstruct {
  /**
   * The instance id (`i-...`), or a token resolved at deploy time.
   */
  readonly instanceId: string;

  /**
   * The primary private IPv4 address, when known (a token for an instance of this app).
   */
  readonly privateIp?: string;

  /**
   * The zone of the instance, when known.
   */
  readonly zoneId?: string;
}

/**
 * A security group, created by this app or imported.
 */
export interface ISecurityGroup extends IConstruct {
  /**
   * The security group id (`sg-...`), or a token resolved at deploy time.
   */
  readonly securityGroupId: string;

  /**
   * The id of the VPC the group belongs to, when known. Instances and launch templates check, when
   * both ids are known at synth, that it is their vSwitch's VPC.
   */
  readonly vpcId?: string;
}

/**
 * A VPC, created by this app or imported.
 */
export interface IVpc extends IConstruct {
  /**
   * The VPC id (`vpc-...`), or a token resolved at deploy time.
   */
  readonly vpcId: string;

  /**
   * The IPv4 CIDR block, when known; vSwitches check that their block lies inside it.
   */
  readonly cidrBlock?: string;

  /**
   * Whether the VPC has an IPv6 block, when known; vSwitches with `enableIpv6` need one.
   */
  readonly ipv6Enabled?: boolean;
}

/**
 * A vSwitch (subnet), created by this app or imported.
 */
export interface IVSwitch extends IConstruct {
  /**
   * The vSwitch id (`vsw-...`), or a token resolved at deploy time.
   */
  readonly vswitchId: string;

  /**
   * The zone of the vSwitch, when known.
   */
  readonly zoneId?: string;

  /**
   * The id of the VPC the vSwitch belongs to, when known.
   */
  readonly vpcId?: string;
}
