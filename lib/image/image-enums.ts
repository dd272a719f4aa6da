// The enums of ECS images on Alibaba Cloud (alicloud_image, alicloud_image_import, alicloud_images).


/** The processor architecture of an image. */
export enum Architecture {
  /** 32-bit x86. */
  I386 = 'i386',
  /** 64-bit x86 (the default). */
  X86_64 = 'x86_64',
  /** 64-bit ARM. Not accepted by `Image.fromImport()` or by `Image.fromLookup()` in provider 1.247.0. */
  ARM64 = 'arm64',
}

/** The firmware an image boots with. */
export enum BootMode {
  /** Legacy BIOS. */
  BIOS = 'BIOS',
  /** UEFI. */
  UEFI = 'UEFI',
  /** UEFI when the instance type supports it, else BIOS (the API default for new images; not for imports). */
  UEFI_PREFERRED = 'UEFI-Preferred',
}

/** The license an image is used under. */
export enum LicenseType {
  /** The service decides (imports only). */
  AUTO = 'Auto',
  /** An Alibaba Cloud license (imports only). */
  ALIYUN = 'Aliyun',
  /** Bring your own license. */
  BYOL = 'BYOL',
}

/** How the service checks a new image. */
export enum DetectionStrategy {
  /** Standard detection, the only strategy the API offers. */
  STANDARD = 'Standard',
}

/** Whether an image supports NVMe disks. */
export enum NvmeSupport {
  /** The image has the NVMe driver. */
  SUPPORTED = 'supported',
  /** The image has no NVMe driver. */
  UNSUPPORTED = 'unsupported',
}

/** The operating system family of an image. */
export enum OsType {
  /** Linux (the default for imports). */
  LINUX = 'linux',
  /** Windows. */
  WINDOWS = 'windows',
}

/** The lifecycle state of an image. */
export enum ImageStatus {
  /** Usable (the lookup default). */
  AVAILABLE = 'Available',
  /** Being created. */
  CREATING = 'Creating',
  /** Waiting to be created. */
  WAITING = 'Waiting',
  /** Not usable. */
  UNAVAILABLE = 'UnAvailable',
  /** Creation failed. */
  CREATE_FAILED = 'CreateFailed',
  /** Deprecated. */
  DEPRECATED = 'Deprecated',
}

/** The file format of a disk image in OSS. */
export enum DiskImageFormat {
  /** Raw disk image. */
  RAW = 'RAW',
  /** Virtual Hard Disk. */
  VHD = 'VHD',
  /** QEMU copy-on-write. */
  QCOW2 = 'qcow2',
}
