import { Annotations, Aspects, DefaultTokenResolver, IAspect, StringConcat, TerraformResource, TerraformStack, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { fail } from '../private/validation';
import { ValidationError } from '../private/validation-error';
import { RuleLevel } from './rule-level';
import { RULES } from './rules/catalog';
import { ResourceView, Rule } from './rules/rule';

/** The resolver cdktf itself resolves a stack's JSON with. */
const RESOLVER = new DefaultTokenResolver(new StringConcat());

/** Node metadata type under which `SecurityChecks.suppress` records a suppression. */
const SUPPRESSION_METADATA = 'cdktf-alicloud-image-builder/security-suppression';

/**
 * Properties of the security rule pack.
 */
export interface SecurityChecksProps {
  /**
   * The level of individual rules, by rule id, e.g. `{ 'AIB-SEC-005': RuleLevel.ERROR }`.
   *
   * @default - each rule's default level (see `SecurityChecks.rules()`)
   */
  readonly ruleLevels?: Record<string, RuleLevel>;

  /**
   * Accounts images may be shared with (rule AIB-SEC-006).
   *
   * @default - no account: every image share is a finding
   */
  readonly allowedAccountIds?: string[];

  /**
   * Tag keys every taggable `alicloud_*` and `alibabacloudstack_*` resource must carry (rule AIB-SEC-008).
   *
   * @default - no tags are required (AIB-SEC-008 reports nothing)
   */
  readonly requiredTags?: string[];
}

/**
 * One rule of the pack, as listed by `SecurityChecks.rules()`.
 */
export interface SecurityRuleInfo {
  /** The stable rule id, e.g. `AIB-SEC-001`. */
  readonly ruleId: string;
  /** A short title. */
  readonly title: string;
  /** What the rule catches. */
  readonly catches: string;
  /** The level the rule reports at unless `ruleLevels` says otherwise. */
  readonly defaultLevel: RuleLevel;
}

/**
 * A security rule pack for the resources of this library (like cdk-nag): an aspect that reads what
 * each `alicloud_*` / `alibabacloudstack_*` resource will be synthesized with (overrides included;
 * values known only at deploy are skipped) and reports each finding as a cdktf annotation on the L1
 * resource, `AIB-SEC-NNN <title>: <finding>`. An error annotation makes `cdktf synth` fail; a warning
 * is printed.
 *
 * ```ts
 * SecurityChecks.apply(stack, { allowedAccountIds: ['1234567890123456'], requiredTags: ['team'] });
 * SecurityChecks.suppress(factory, 'AIB-SEC-005', 'apt-get needs the Internet; the build vSwitch has no NAT');
 * ```
 *
 * Findings never quote a secret: they name the attribute, the line and the variable.
 */
export class SecurityChecks implements IAspect {
  /**
   * Adds the rule pack to `scope`: every construct below it is checked at synth.
   *
   * `scope` is a stack, a construct in a stack, or the app. cdktf runs aspects per stack, so for the
   * app the pack is added to each stack the app has when `apply` is called: call it after creating
   * the stacks.
   */
  public static apply(scope: IConstruct, props: SecurityChecksProps = {}): SecurityChecks {
    const checks = new SecurityChecks(props);
    const inStack = scope.node.scopes.some((s) => TerraformStack.isStack(s));
    const targets = inStack ? [scope] : scope.node.findAll().filter((c) => TerraformStack.isStack(c));
    if (targets.length === 0) {
      fail(scope, 'scope', 'must be a stack, a construct in a stack, or an app that already has its stacks (cdktf runs aspects per stack)', scope.node.path);
    }
    for (const target of targets) Aspects.of(target).add(checks);
    return checks;
  }

  /**
   * Accepts the findings of rule `ruleId` on `construct` and every construct below it. The reason
   * is required: it is reported as an info annotation where the finding would have been.
   *
   * @param construct the construct (an L2, its L1 `Resource`, a pattern or a whole stack)
   * @param ruleId the rule id, e.g. `AIB-SEC-004`
   * @param reason why the finding is accepted; must not be empty
   */
  public static suppress(construct: IConstruct, ruleId: string, reason: string): void {
    if (construct === undefined || construct === null || typeof construct.node !== 'object') {
      throw new ValidationError(`construct must be a construct (got ${JSON.stringify(construct) ?? String(construct)})`);
    }
    checkRuleId(construct, 'ruleId', ruleId);
    if (typeof reason !== 'string' || reason.trim() === '') {
      fail(construct, 'reason', `must say why ${ruleId} is accepted here (a suppression needs a non-empty reason)`, reason);
    }
    construct.node.addMetadata(SUPPRESSION_METADATA, { ruleId, reason });
  }

  /**
   * Every rule of the pack, in id order.
   */
  public static rules(): SecurityRuleInfo[] {
    return RULES.map((r) => ({ ruleId: r.id, title: r.title, catches: r.catches, defaultLevel: r.defaultLevel }));
  }

  private readonly levels: Record<string, RuleLevel>;
  private readonly allowedAccountIds: readonly string[];
  private readonly requiredTags: readonly string[];
  /** What was reported per node, so that a second synth of the same tree adds nothing twice. */
  private readonly reported = new WeakMap<IConstruct, Set<string>>();

  constructor(props: SecurityChecksProps = {}) {
    this.levels = {};
    for (const rule of RULES) this.levels[rule.id] = rule.defaultLevel;
    for (const [ruleId, level] of Object.entries(props.ruleLevels ?? {})) {
      checkRuleId(undefined, 'ruleLevels', ruleId);
      if (level !== RuleLevel.ERROR && level !== RuleLevel.WARNING) {
        propsError(`ruleLevels["${ruleId}"]`, `must be one of ${RuleLevel.ERROR}, ${RuleLevel.WARNING}`, level);
      }
      this.levels[ruleId] = level;
    }
    this.allowedAccountIds = stringList('allowedAccountIds', props.allowedAccountIds, /^\d+$/, 'must be Alibaba Cloud account ids (digits only)');
    this.requiredTags = stringList('requiredTags', props.requiredTags, /\S/, 'must be non-empty tag keys');
  }

  /**
   * Checks one construct (called by cdktf for every construct below the scope).
   */
  public visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    const resource = node as TerraformResource;
    const type = resource.terraformResourceType;
    if (!/^(alicloud|alibabacloudstack)_/.test(type)) return;
    const view = viewOf(resource);
    const options = { allowedAccountIds: this.allowedAccountIds, requiredTags: this.requiredTags };
    for (const rule of RULES) {
      for (const finding of rule.check(view, options)) this.report(resource, rule, finding);
    }
  }

  private report(node: IConstruct, rule: Rule, finding: string): void {
    const suppression = suppressionOf(node, rule.id);
    const message = suppression === undefined
      ? `${rule.id} ${rule.title}: ${finding}. Fix it, or accept it with SecurityChecks.suppress(construct, '${rule.id}', reason)`
      : `${rule.id} suppressed (${suppression}): ${finding}`;
    const seen = this.reported.get(node) ?? new Set<string>();
    if (seen.has(message)) return;
    seen.add(message);
    this.reported.set(node, seen);
    const annotations = Annotations.of(node);
    if (suppression !== undefined) annotations.addInfo(message);
    else if (this.levels[rule.id] === RuleLevel.ERROR) annotations.addError(message);
    else annotations.addWarning(message);
  }
}

/** The resource as Terraform will see it: its own JSON, overrides included, resolved in its stack. */
function viewOf(resource: TerraformResource): ResourceView {
  const json = Tokenization.resolve(resource.toTerraform(), { scope: TerraformStack.of(resource), resolver: RESOLVER, preparing: false });
  const byId: Record<string, unknown> = json?.resource?.[resource.terraformResourceType] ?? {};
  const attributes = (Object.values(byId)[0] ?? {}) as Record<string, unknown>;
  // Generated bindings have a `tagsInput` getter exactly when the schema has a `tags` argument.
  return { type: resource.terraformResourceType, attributes, hasTags: 'tagsInput' in resource };
}

/** The reason of the nearest suppression of `ruleId` on the node or one of its scopes. */
function suppressionOf(node: IConstruct, ruleId: string): string | undefined {
  for (const scope of [...node.node.scopes].reverse()) {
    const entry = scope.node.metadata.find((m) => m.type === SUPPRESSION_METADATA && m.data?.ruleId === ruleId);
    if (entry) return entry.data.reason;
  }
  return undefined;
}

function checkRuleId(scope: IConstruct | undefined, property: string, ruleId: unknown): void {
  if (typeof ruleId === 'string' && RULES.some((r) => r.id === ruleId)) return;
  const rule = `must be a rule id of the pack (${RULES[0].id} to ${RULES[RULES.length - 1].id})`;
  if (scope) fail(scope, property, rule, ruleId);
  propsError(property, rule, ruleId);
}

function stringList(property: string, values: unknown, pattern: RegExp, rule: string): string[] {
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values)) propsError(property, 'must be a list', values);
  for (const value of values) {
    if (typeof value !== 'string' || !pattern.test(value)) propsError(property, rule, value);
  }
  return [...values];
}

/** The props are checked before the pack is added to a scope, so their errors name no construct path. */
function propsError(property: string, rule: string, value: unknown): never {
  throw new ValidationError(`SecurityChecks: ${property} ${rule} (got ${JSON.stringify(value) ?? String(value)})`);
}
