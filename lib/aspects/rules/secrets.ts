/**
 * Secrets written into what a build or an instance runs: build content, component content, user data.
 * Everything there is stored in Terraform state, in the pipeline and in the image's build log.
 */
import { RuleLevel } from '../rule-level';
import { literalString, ResourceView, Rule } from './rule';

/** The attributes holding scripts or documents, per resource type: one row per type. */
const CONTENT_ATTRIBUTES: Record<string, readonly string[]> = {
  alicloud_ecs_image_pipeline: ['build_content'],
  alicloud_ecs_image_component: ['content'],
  alicloud_instance: ['user_data'],
  alicloud_ecs_launch_template: ['user_data', 'userdata'],
  alibabacloudstack_ecs_instance: ['user_data'],
  alibabacloudstack_instance: ['user_data'],
};

/** Password arguments that should come from KMS (`kms_encrypted_password`) or be left out. */
const PASSWORD_ATTRIBUTES: Record<string, readonly string[]> = {
  alicloud_instance: ['password'],
  alicloud_ecs_launch_template: ['password'],
  alibabacloudstack_ecs_instance: ['password'],
  alibabacloudstack_instance: ['password'],
};

const ACCESS_KEY_ID = /\bLTAI[A-Za-z0-9]{12,28}\b/g;
const PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
/** Names whose value is an AccessKey secret (`ALIBABA_CLOUD_ACCESS_KEY_SECRET`, `ALICLOUD_SECRET_KEY`, ...). */
const ACCESS_KEY_SECRET_NAME = /(?:access[_-]?key[_-]?secret|alicloud[_-]?secret[_-]?key|secret[_-]?access[_-]?key)$/i;
/** Names whose value is some other secret. */
const SECRET_NAME = /(?:password|passwd|passphrase|token|secret|secret[_-]?key|api[_-]?key|private[_-]?key)$/i;

/**
 * `NAME=value`, `export NAME="value"`, `ENV NAME="value"`, `name: value`, `"name": "value"`, and
 * `ENV NAME value`, `--name value`, `--name=value`. Group 1 or 3 is the name, 2 or 4 the value.
 */
const ASSIGNMENT = /(?:^|[\s;&|({,-])["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*(?:=|:(?!\/\/))[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s"';,}]+)/gm;
const SPACED = /(?:^ENV[ \t]+|(?:^|\s)--)([A-Za-z_][A-Za-z0-9_-]*)[ \t]+("[^"\n]*"|'[^'\n]*'|[^\s"';,}-][^\s"';,}]*)/gm;

/** Values that are no secret: empty, a variable or command substitution, a template, a boolean. */
function isLiteralSecret(raw: string): boolean {
  const value = raw.replace(/^(["'])(.*)\1$/s, '$2').trim();
  if (value === '' || /^[$%<{]/.test(value)) return false;
  return !/^(true|false|null|none|yes|no|required|optional|prompt|stdin)$/i.test(value);
}

interface Text { readonly attribute: string; readonly text: string }

/** The literal scripts of a resource; user data given base64-encoded is scanned decoded as well. */
function contents(resource: ResourceView, table: Record<string, readonly string[]>): Text[] {
  const out: Text[] = [];
  for (const attribute of table[resource.type] ?? []) {
    const value = resource.attributes[attribute];
    if (typeof value !== 'string') continue;
    out.push({ attribute, text: value });
    const decoded = decodeBase64(value);
    if (decoded !== undefined) out.push({ attribute: `${attribute} (base64-decoded)`, text: decoded });
  }
  return out;
}

function decodeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  const text = Buffer.from(compact, 'base64').toString('utf-8');
  // Only text counts: random base64 rarely decodes to printable UTF-8.
  return /^[\P{C}\n\r\t]*$/u.test(text) ? text : undefined;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Each `(name, value)` assignment whose value is a literal, with its line. */
function assignments(text: string): Array<{ name: string; line: number }> {
  const out: Array<{ name: string; line: number }> = [];
  for (const pattern of [ASSIGNMENT, SPACED]) {
    for (const match of text.matchAll(pattern)) {
      if (isLiteralSecret(match[2])) out.push({ name: match[1], line: lineOf(text, match.index ?? 0) });
    }
  }
  return out;
}

export const ACCESS_KEY_RULE: Rule = {
  id: 'AIB-SEC-001',
  title: 'AccessKey in build content or user data',
  catches: 'an AccessKey ID (`LTAI...`) or an AccessKey secret assigned to `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, `ALICLOUD_SECRET_KEY`, `access_key_secret`, `--access-key-secret` (also in `ENV` lines from `addEnv`) in pipeline build content, component content or instance/launch template user data',
  defaultLevel: RuleLevel.ERROR,
  check(resource) {
    const findings: string[] = [];
    for (const { attribute, text } of contents(resource, CONTENT_ATTRIBUTES)) {
      for (const match of text.matchAll(ACCESS_KEY_ID)) {
        findings.push(`${attribute} line ${lineOf(text, match.index ?? 0)} holds an AccessKey ID (${match[0].slice(0, 6)}...)`);
      }
      for (const { name, line } of assignments(text)) {
        if (ACCESS_KEY_SECRET_NAME.test(name)) findings.push(`${attribute} line ${line} assigns an AccessKey secret to ${name}`);
      }
    }
    return findings;
  },
};

export const PRIVATE_KEY_RULE: Rule = {
  id: 'AIB-SEC-002',
  title: 'Private key in build content or user data',
  catches: 'a `-----BEGIN ... PRIVATE KEY-----` block (RSA, EC, OPENSSH, PGP, encrypted or plain PKCS#8) in pipeline build content, component content or user data',
  defaultLevel: RuleLevel.ERROR,
  check(resource) {
    const findings: string[] = [];
    for (const { attribute, text } of contents(resource, CONTENT_ATTRIBUTES)) {
      for (const match of text.matchAll(PRIVATE_KEY)) {
        findings.push(`${attribute} line ${lineOf(text, match.index ?? 0)} holds a ${match[1]}PRIVATE KEY${match[2] ?? ''} block`);
      }
    }
    return findings;
  },
};

export const PASSWORD_RULE: Rule = {
  id: 'AIB-SEC-003',
  title: 'Password or token in build content or user data',
  catches: 'a literal value assigned to a name ending in password, passwd, passphrase, token, secret, secret_key, api_key or private_key (`NAME=value`, `ENV NAME="value"`, `name: value`, `--name value`) in build content, component content or user data, and a literal instance `password`; values from variables (`$VAR`, `${var.x}`) do not count',
  defaultLevel: RuleLevel.ERROR,
  check(resource) {
    const findings: string[] = [];
    for (const { attribute, text } of contents(resource, CONTENT_ATTRIBUTES)) {
      for (const { name, line } of assignments(text)) {
        if (SECRET_NAME.test(name) && !ACCESS_KEY_SECRET_NAME.test(name)) findings.push(`${attribute} line ${line} assigns a literal value to ${name}`);
      }
    }
    for (const attribute of PASSWORD_ATTRIBUTES[resource.type] ?? []) {
      const value = literalString(resource.attributes[attribute]);
      if (value !== undefined && value !== '') findings.push(`${attribute} is a literal value (use kms_encrypted_password, or a key pair)`);
    }
    return findings;
  },
};
