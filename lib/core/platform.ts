/**
 * The operating system distribution of an image (`platform`). An enum-like class because the
 * values contain spaces (`Windows Server 2022`) and the service adds new ones.
 *
 * `Image` checks the value against the list that `alicloud_image` accepts in provider 1.247.0;
 * `Image.fromImport()` passes any value through (the provider does not validate it there).
 */
export class Platform {
  /** Alibaba Cloud Linux. */
  public static readonly ALIYUN = new Platform('Aliyun');
  /** Anolis OS. */
  public static readonly ANOLIS = new Platform('Anolis');
  /** CentOS. */
  public static readonly CENTOS = new Platform('CentOS');
  /** Ubuntu. */
  public static readonly UBUNTU = new Platform('Ubuntu');
  /** CoreOS. */
  public static readonly COREOS = new Platform('CoreOS');
  /** SUSE Linux. */
  public static readonly SUSE = new Platform('SUSE');
  /** Debian. */
  public static readonly DEBIAN = new Platform('Debian');
  /** openSUSE. */
  public static readonly OPENSUSE = new Platform('OpenSUSE');
  /** FreeBSD. */
  public static readonly FREEBSD = new Platform('FreeBSD');
  /** Red Hat Enterprise Linux. */
  public static readonly REDHAT = new Platform('RedHat');
  /** Kylin. */
  public static readonly KYLIN = new Platform('Kylin');
  /** UOS. */
  public static readonly UOS = new Platform('UOS');
  /** Fedora. */
  public static readonly FEDORA = new Platform('Fedora');
  /** Fedora CoreOS. */
  public static readonly FEDORA_COREOS = new Platform('Fedora CoreOS');
  /** CentOS Stream. */
  public static readonly CENTOS_STREAM = new Platform('CentOS Stream');
  /** AlmaLinux. */
  public static readonly ALMALINUX = new Platform('AlmaLinux');
  /** Rocky Linux. */
  public static readonly ROCKY_LINUX = new Platform('Rocky Linux');
  /** Gentoo. */
  public static readonly GENTOO = new Platform('Gentoo');
  /** A Linux distribution the service does not know. */
  public static readonly CUSTOMIZED_LINUX = new Platform('Customized Linux');
  /** Any other Linux (the API's default for new images). */
  public static readonly OTHERS_LINUX = new Platform('Others Linux');
  /** Windows Server 2022. */
  public static readonly WINDOWS_SERVER_2022 = new Platform('Windows Server 2022');
  /** Windows Server 2019. */
  public static readonly WINDOWS_SERVER_2019 = new Platform('Windows Server 2019');
  /** Windows Server 2016. */
  public static readonly WINDOWS_SERVER_2016 = new Platform('Windows Server 2016');
  /** Windows Server 2012. */
  public static readonly WINDOWS_SERVER_2012 = new Platform('Windows Server 2012');
  /** Windows Server 2008. */
  public static readonly WINDOWS_SERVER_2008 = new Platform('Windows Server 2008');
  /** Windows Server 2003. */
  public static readonly WINDOWS_SERVER_2003 = new Platform('Windows Server 2003');

  /**
   * A platform by its API value, e.g. `Platform.of('Ubuntu')`. Constructs that pass it to
   * `alicloud_image` reject values outside the provider's list at synth time.
   */
  public static of(value: string): Platform {
    return new Platform(value);
  }

  /**
   * The values `alicloud_image.platform` accepts in provider 1.247.0 (IMAGE_BUILDER_FACTS §3.3):
   * exactly the constants above.
   *
   * @internal
   */
  public static _knownValues(): string[] {
    return Object.values(Platform).filter((p): p is Platform => p instanceof Platform).map((p) => p.value);
  }

  /**
   * @param value the API value, e.g. `Windows Server 2022`
   */
  private constructor(public readonly value: string) {}

  /** The API value. */
  public toString(): string {
    return this.value;
  }
}
