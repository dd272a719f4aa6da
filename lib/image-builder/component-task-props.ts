// The typed properties of a component document's parameters and tasks (one interface per
// documented action, IMAGE_BUILDER_FACTS §1.5), apart from the document that renders them.

/**
 * Options of a string parameter.
 */
export interface StringParameterOptions {
  /**
   * The value used when a COMPONENT call does not pass the parameter.
   *
   * @default - none: every `addComponent()` call must pass it
   */
  readonly defaultValue?: string;
}

/**
 * Options of a number parameter.
 */
export interface NumberParameterOptions {
  /**
   * The value used when a COMPONENT call does not pass the parameter.
   *
   * @default - none: every `addComponent()` call must pass it
   */
  readonly defaultValue?: number;
}

/**
 * Options of a boolean parameter.
 */
export interface BooleanParameterOptions {
  /**
   * The value used when a COMPONENT call does not pass the parameter.
   *
   * @default - none: every `addComponent()` call must pass it
   */
  readonly defaultValue?: boolean;
}

/** Properties of a `RunShellCommand` task. */
export interface RunShellCommandProps {
  /** The shell commands (several lines are fine). */
  readonly commandContent: string;
  /**
   * The working directory.
   * @default - the service default
   */
  readonly workingDir?: string;
  /**
   * The user that runs the commands.
   * @default - root
   */
  readonly username?: string;
}

/** Properties of a `RunPowerShellCommand` task. */
export interface RunPowerShellCommandProps {
  /** The PowerShell commands (several lines are fine). */
  readonly commandContent: string;
  /**
   * The working directory.
   * @default - the service default
   */
  readonly workingDir?: string;
  /**
   * The user that runs the commands.
   * @default - the service default (System)
   */
  readonly username?: string;
  /**
   * The name of the user's password stored in the Cloud Assistant parameter store.
   * @default - none
   */
  readonly windowsPasswordName?: string;
}

/** Properties of an `InvokeCommand` task. */
export interface InvokeCommandProps {
  /** The Cloud Assistant command id (`c-...`). */
  readonly commandId: string;
  /**
   * The user that runs the command.
   * @default - the command's default
   */
  readonly username?: string;
  /**
   * Values of the command's custom parameters.
   * @default - none
   */
  readonly parameters?: Record<string, string>;
}

/** Properties of an `OSSDownload` task. */
export interface OssDownloadProps {
  /** The bucket (it must carry the tag `allowImageBuilderAccess:true`). */
  readonly bucketName: string;
  /** The object key. */
  readonly objectName: string;
  /** The directory on the instance to download into. */
  readonly destinationDir: string;
  /**
   * The bucket's region.
   * @default - the build region
   */
  readonly ossRegion?: string;
  /**
   * How long the download URL is valid (the service's `validTime`).
   * @default - the service default
   */
  readonly validTime?: number;
}

/** Properties of an `OSSUpload` task. */
export interface OssUploadProps {
  /** The bucket (it must carry the tag `allowImageBuilderAccess:true`). */
  readonly bucketName: string;
  /** The object key to write. */
  readonly objectName: string;
  /** The file on the instance to upload. */
  readonly fileToUpload: string;
  /**
   * The bucket's region.
   * @default - the build region
   */
  readonly ossRegion?: string;
  /**
   * How long the upload URL is valid (the service's `validTime`).
   * @default - the service default
   */
  readonly validTime?: number;
}

/** Properties of a `WebDownload` task. */
export interface WebDownloadProps {
  /** The URL to download (the build instance needs Internet access). */
  readonly sourcePath: string;
  /** The directory on the instance to download into. */
  readonly destinationDir: string;
  /**
   * A token for GitHub downloads.
   * @default - none
   */
  readonly tokenInfo?: string;
  /**
   * The download timeout (the service's `timeout`).
   * @default 600
   */
  readonly timeout?: number;
}

/** Properties of a `Reboot` task. */
export interface RebootProps {
  /**
   * Force the instance to stop.
   * @default false
   */
  readonly forceStop?: boolean;
}
