import { IConstruct } from 'constructs';
import { checkRange, fail, isToken } from '../private/validation';

/** The IP protocol of a security group rule. */
export enum IpProtocol {
  /** TCP. */
  TCP = 'tcp',
  /** UDP. */
  UDP = 'udp',
  /** ICMP. */
  ICMP = 'icmp',
  /** GRE. */
  GRE = 'gre',
  /** Every protocol. */
  ALL = 'all',
}

/**
 * The protocol and ports a security group rule applies to, e.g. `Port.tcp(22)`.
 */
export class Port {
  /** One TCP port (1-65535). */
  public static tcp(port: number): Port {
    return new Port(IpProtocol.TCP, port, port);
  }

  /** A range of TCP ports, `fromPort` to `toPort` inclusive. */
  public static tcpRange(fromPort: number, toPort: number): Port {
    return new Port(IpProtocol.TCP, fromPort, toPort);
  }

  /** Every TCP port. */
  public static allTcp(): Port {
    return new Port(IpProtocol.TCP, 1, 65535);
  }

  /** One UDP port (1-65535). */
  public static udp(port: number): Port {
    return new Port(IpProtocol.UDP, port, port);
  }

  /** A range of UDP ports, `fromPort` to `toPort` inclusive. */
  public static udpRange(fromPort: number, toPort: number): Port {
    return new Port(IpProtocol.UDP, fromPort, toPort);
  }

  /** Every UDP port. */
  public static allUdp(): Port {
    return new Port(IpProtocol.UDP, 1, 65535);
  }

  /** ICMP (all types). */
  public static icmp(): Port {
    return new Port(IpProtocol.ICMP);
  }

  /** Every protocol and port. */
  public static allTraffic(): Port {
    return new Port(IpProtocol.ALL);
  }

  /**
   * @param protocol the IP protocol
   * @param fromPort first port (TCP and UDP only)
   * @param toPort last port (TCP and UDP only)
   */
  protected constructor(
    public readonly protocol: IpProtocol,
    public readonly fromPort?: number,
    public readonly toPort?: number,
  ) {}

  /**
   * Validates the ports for the rule at `scope` and returns the provider's `port_range`
   * (`22/22`, `-1/-1` for protocols without ports).
   *
   * @internal
   */
  public _renderPortRange(scope: IConstruct, property: string): string {
    if (this.fromPort === undefined || this.toPort === undefined) return '-1/-1';
    checkRange(scope, `${property} fromPort`, this.fromPort, 1, 65535);
    checkRange(scope, `${property} toPort`, this.toPort, 1, 65535);
    if (!isToken(this.fromPort) && !isToken(this.toPort) && this.fromPort > this.toPort) {
      fail(scope, property, `must not start after it ends (${this.fromPort} > ${this.toPort})`, `${this.fromPort}/${this.toPort}`);
    }
    return `${this.fromPort}/${this.toPort}`;
  }

  /** A readable form, e.g. `tcp 22/22`. */
  public toString(): string {
    return this.fromPort === undefined ? this.protocol : `${this.protocol} ${this.fromPort}/${this.toPort}`;
  }
}
