/**
 * Credentials for the waiter: the Alibaba Cloud default chain (ALIBABA_CLOUD_* variables, OIDC,
 * ~/.alibabacloud/credentials, CLI profile, ECS RAM role, credentials URI), plus the Terraform
 * provider's ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY / ALICLOUD_SECURITY_TOKEN, so a machine set up
 * for `terraform apply` works as it is.
 */
import Credential, { Config } from '@alicloud/credentials';

export interface ResolvedCredential {
  readonly credential: Credential;
  /** Where the credentials come from, for the progress log (never the values). */
  readonly source: string;
}

/** Variables whose values must never be printed. */
export const SECRET_ENVS = [
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN',
];

/**
 * The credentials chain's error in one line, without the noise of providers that were never
 * configured (the credentials URI provider asks `https://undefined/` when the variable is unset).
 */
export function cleanCredentialError(message: string): string {
  return message
    .replace(/,?\s*getaddrinfo ENOTFOUND undefined/g, '')
    .replace(/,?\s*(GET|POST) https?:\/\/undefined\/?\S* failed\.?/g, '')
    .replace(/enviroment/g, 'environment')
    .replace(/\s+/g, ' ')
    .trim();
}

export function resolveCredential(env: NodeJS.ProcessEnv): ResolvedCredential {
  // The SDK's own variables win; its default chain reads them first.
  if (!env.ALIBABA_CLOUD_ACCESS_KEY_ID && env.ALICLOUD_ACCESS_KEY && env.ALICLOUD_SECRET_KEY) {
    const token = env.ALICLOUD_SECURITY_TOKEN;
    const config = new Config({
      type: token ? 'sts' : 'access_key',
      accessKeyId: env.ALICLOUD_ACCESS_KEY,
      accessKeySecret: env.ALICLOUD_SECRET_KEY,
      securityToken: token || undefined,
    });
    return { credential: new Credential(config), source: 'ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY' };
  }
  return { credential: new Credential(), source: 'the Alibaba Cloud default credentials chain' };
}
