/**
 * Property-based tests (issue 18): for every public construct, any generated input either
 * synthesizes JSON that passes the provider schema check, or throws the library's ValidationError;
 * never another error. Inputs: unicode, empty and huge strings, `${`/`%{` runs, CRLF, NUL and
 * control characters, heredoc markers, tokens, boundary and non-finite numbers, and the wrong types
 * and nulls an untyped (JavaScript, Python) caller can pass. Fixed seed (fast-check prints it with
 * the counterexample on failure), bounded runs.
 */
import { TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import {
  apsara, Architecture, BaseImage, BuildContent, BuildNetwork, ComponentType, Errors, GoldenImageFactory, Image, ImageComponent,
  HttpTokens, ImageComponentContent, ImageOwner, ImagePipeline, ImageSource, Instance, InstanceType, LaunchTemplate, Peer, Port, RulePolicy,
  SecurityGroup, SystemType,
  Vpc, VSwitch,
} from '../lib';
import { alicloudStack, apsaraStack, synth } from './util/synth';

const SEED = Number(process.env.FUZZ_SEED ?? 1812);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const STRING_TOKEN = '<<TOKEN>>';
const NUMBER_TOKEN = '<<NUMBER>>';

const template = fc.constantFrom('${', '%{', '$${', '%%{', '$$$', '}', '${foo}', '%{ if x }', '<<EOT', 'EOT', '<<-EOF', '\r\n', '\n', '\u0000', '\u0007', '\u001b', '\t', '"', '\\', STRING_TOKEN);
const small = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.array(fc.oneof(template, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join('')),
);
const edge = fc.constantFrom('', ' ', 'x'.repeat(300), '镜'.repeat(100), 'a'.repeat(20000), STRING_TOKEN, `ab-${STRING_TOKEN}`);
/** What an untyped caller may pass instead. */
const junk = fc.constantFrom<unknown>(null, 42, true, {}, [], ['x']);

/** Any string, with plausible valid values mixed in so that runs also reach synth. */
function str(...valid: string[]): fc.Arbitrary<unknown> {
  const arbs: fc.WeightedArbitrary<unknown>[] = [{ weight: 3, arbitrary: small }, { weight: 1, arbitrary: edge }, { weight: 1, arbitrary: junk }];
  if (valid.length > 0) arbs.push({ weight: 15, arbitrary: fc.constantFrom(...valid) });
  return fc.oneof(...arbs);
}
function num(...valid: number[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    ...(valid.length > 0 ? [{ weight: 8, arbitrary: fc.constantFrom(...valid) }] : []),
    fc.integer({ min: -5, max: 70000 }),
    fc.constantFrom<unknown>(0, 1, 2, 5, 20, 40, 100, 101, 500, 501, 2000, 65535, 65536, -0, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, NUMBER_TOKEN),
    fc.double(),
    junk,
  );
}
const bool = fc.oneof({ weight: 6, arbitrary: fc.boolean() }, { weight: 1, arbitrary: junk });
const tags = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(fc.oneof({ weight: 8, arbitrary: fc.constantFrom('team', 'env') }, small, edge), str('platform', 'prod'), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({ a: null }, { a: undefined }, { 'acs:x': 'y' }) },
  { weight: 1, arbitrary: junk },
);
const list = (item: fc.Arbitrary<unknown>) => fc.oneof({ weight: 8, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: junk });
function enumOf(values: object): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...Object.values(values)) }, { weight: 1, arbitrary: str('bogus', 'Mac') });
}
const optional = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] });

/** Replaces the token placeholders with real tokens of variables in the stack. */
function materialize(stack: TerraformStack, value: unknown): any {
  let text: TerraformVariable | undefined;
  let number: TerraformVariable | undefined;
  const walk = (v: unknown): unknown => {
    if (v === NUMBER_TOKEN) return (number ??= new TerraformVariable(stack, 'fuzz_number', { type: 'number' })).numberValue;
    if (typeof v === 'string' && v.includes(STRING_TOKEN)) {
      return v.split(STRING_TOKEN).join((text ??= new TerraformVariable(stack, 'fuzz_text', { type: 'string' })).stringValue);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value);
}

/** The property: build and synthesize (with the schema check), or a ValidationError. */
function property<T>(name: string, input: fc.Arbitrary<T>, stack: () => TerraformStack, build: (stack: TerraformStack, input: any) => void): void {
  test(`${name}: valid JSON or a ValidationError (seed ${SEED}, ${RUNS} runs)`, () => {
    let synthesized = 0;
    fc.assert(fc.property(input, (raw) => {
      const s = stack();
      try {
        build(s, materialize(s, raw));
        synth(s);
        synthesized++;
      } catch (e) {
        if (!Errors.isValidationError(e)) throw e;
        if (process.env.FUZZ_DEBUG) console.log((e as Error).message.slice(0, 160));
      }
    }), { seed: SEED, numRuns: RUNS });
    // The generators are meant to reach synth too, not only the checks.
    expect(synthesized).toBeGreaterThan(0);
    console.log(`${name}: ${synthesized} of ${RUNS} synthesized`);
  });
}

const YAML = 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo ${HOME}\n';
const content = fc.array(fc.oneof(
  str('echo hi', 'yum install -y nginx').map((c) => (b: BuildContent) => b.addRun(c as string)),
  fc.tuple(str('APP_HOME'), str('/opt/app')).map(([k, v]) => (b: BuildContent) => b.addEnv(k as string, v as string)),
  str('RUN true', 'WORKDIR /opt', 'FROM x').map((c) => (b: BuildContent) => b.addCommands(c as string)),
), { minLength: 0, maxLength: 4 }).map((steps) => () => steps.reduce((b, step) => step(b), BuildContent.create()));

describe('fuzz: network', () => {
  property('Vpc', optional({ cidrBlock: str('10.0.0.0/8', '172.16.0.0/16'), vpcName: str('build'), description: str('image builds'), tags, resourceGroupId: str('rg-1') }),
    alicloudStack, (s, p) => new Vpc(s, 'V', p));
  property('VSwitch', optional({ cidrBlock: str('172.16.0.0/24'), zoneId: str('cn-hangzhou-h'), vswitchName: str('build'), description: str('builds'), tags }),
    alicloudStack, (s, p) => new VSwitch(s, 'W', { vpc: Vpc.fromVpcId(s, 'Vpc', 'vpc-1'), ...p }));
  property('SecurityGroup and rules', fc.record({
    props: optional({ securityGroupName: str('build'), description: str('builds'), tags, resourceGroupId: str('rg-1') }),
    cidr: str('10.0.0.0/8', '0.0.0.0/0'), port: num(22, 443), rule: optional({ description: str('ssh'), priority: num(1, 100), policy: enumOf(RulePolicy) }),
  }), alicloudStack, (s, { props, cidr, port, rule }) => {
    new SecurityGroup(s, 'G', { vpc: Vpc.fromVpcId(s, 'Vpc', 'vpc-1'), ...props }).addIngressRule(Peer.ipv4(cidr), Port.tcp(port), rule);
  });
  property('Instance', optional({
    instanceName: str('build'), description: str('builder'), userData: str('#!/bin/sh\necho ${HOME}'), keyName: str('key'), tags,
    resourceGroupId: str('rg-1'), systemDiskSizeGiB: num(40), internetMaxBandwidthOutMbps: num(0, 10),
  }), alicloudStack, (s, p) => new Instance(s, 'I', {
    image: Image.fromImageId(s, 'Base', 'm-base'), instanceType: InstanceType.G7_LARGE, vswitch: VSwitch.fromVSwitchId(s, 'W', 'vsw-1'),
    securityGroups: [SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1')], ...p,
  }));
  property('LaunchTemplate', optional({
    launchTemplateName: str('web-template'), description: str('web'), versionDescription: str('v1'), instanceName: str('web'),
    userData: str('#!/bin/sh\necho ${HOME}'), keyPairName: str('key'), ramRoleName: str('builder'), tags, instanceTags: tags,
    resourceGroupId: str('rg-1'), systemDiskSizeGiB: num(40), internetMaxBandwidthOutMbps: num(0, 10), updateDefaultVersion: bool, httpTokens: enumOf(HttpTokens),
  }), alicloudStack, (s, p) => new LaunchTemplate(s, 'T', {
    image: Image.fromImageId(s, 'Base', 'm-base'), instanceType: InstanceType.G7_LARGE, vswitch: VSwitch.fromVSwitchId(s, 'W', 'vsw-1'),
    securityGroups: [SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1')], ...p,
  }));
  property('BuildNetwork', optional({ zoneId: str('cn-hangzhou-h'), vpcCidrBlock: str('172.16.0.0/16'), vswitchCidrBlock: str('172.16.0.0/24'), networkName: str('build'), tags, securityGroup: bool }),
    alicloudStack, (s, p) => new BuildNetwork(s, 'N', p));
});

describe('fuzz: images', () => {
  property('Image', fc.record({
    source: str('s-1', 'i-1'),
    props: optional({ imageName: str('golden'), description: str('golden image'), imageFamily: str('web'), imageVersion: str('1'), tags, resourceGroupId: str('rg-1'), architecture: enumOf(Architecture), force: bool }),
  }), alicloudStack, (s, { source, props }) => new Image(s, 'Img', { source: String(source).startsWith('i') ? ImageSource.fromInstanceId(source) : ImageSource.fromSnapshotId(source), ...props }));
  property('Image.fromLookup', optional({ nameRegex: str('^web-', 'a(b'), imageName: str('web'), owners: enumOf(ImageOwner), mostRecent: bool, tags }),
    alicloudStack, (s, p) => Image.fromLookup(s, 'L', p));
  property('copyTo and shareWith', fc.record({ account: str('1234567890'), copy: optional({ imageName: str('copy'), description: str('a copy'), encrypted: bool, kmsKeyId: str('key-1'), tags }) }),
    alicloudStack, (s, { account, copy }) => {
      const image = new Image(s, 'Img', { source: ImageSource.fromSnapshotId('s-1') });
      image.shareWith(account);
      image.copyTo('Copy', { provider: s.node.findChild('alicloud') as any, ...copy });
    });
});

describe('fuzz: image builder', () => {
  property('ImageComponent', fc.record({
    yaml: fc.oneof(str(YAML), content),
    props: optional({ imageComponentName: str('harden'), componentVersion: str('1.0.0'), componentType: enumOf(ComponentType), systemType: enumOf(SystemType), description: str('a component'), tags }),
  }), alicloudStack, (s, { yaml, props }) => new ImageComponent(s, 'C', {
    content: typeof yaml === 'function' ? ImageComponentContent.fromBuildContent(yaml()) : ImageComponentContent.fromYaml(yaml), ...props,
  }));
  property('ImagePipeline and execution', fc.record({
    base: str('m-base', 'aliyun_3_x64_20G_alibase_20240819.vhd'), content,
    props: optional({
      imagePipelineName: str('web'), imageNamePrefix: str('web'), description: str('web image'), systemDiskSizeGiB: num(40), internetMaxBandwidthOutMbps: num(0, 5),
      toRegionIds: list(str('cn-shanghai')), addAccounts: list(str('1234567890')), tags, resourceGroupId: str('rg-1'), vswitchId: str('vsw-1'),
    }),
    rebuildToken: str('v1'),
  }), alicloudStack, (s, { base, content: build, props, rebuildToken }) => {
    new ImagePipeline(s, 'P', { baseImage: BaseImage.fromImageId(base), buildContent: build(), ...props }).addExecution('Run', { rebuildToken });
  });
  property('GoldenImageFactory', fc.record({
    content,
    props: optional({ imageNamePrefix: str('web'), description: str('web image'), shareWithAccountIds: list(str('1234567890')), rebuildToken: str('v1'), tags, resourceGroupId: str('rg-1'), terraformOutputs: bool }),
  }), alicloudStack, (s, { content: build, props }) => new GoldenImageFactory(s, 'F', {
    baseImage: BaseImage.fromImageId('m-base'), buildContent: build(), waitForCompletion: false, ...props,
  }));
});

describe('fuzz: Apsara Stack', () => {
  property('apsara.Vpc, apsara.VSwitch, apsara.SecurityGroup', fc.record({
    vpc: optional({ vpcName: str('build'), cidrBlock: str('172.16.0.0/16'), description: str('builds'), tags }),
    vswitch: optional({ cidrBlock: str('172.16.0.0/24'), zoneId: str('cn-qingdao-env17-amtest17001-a'), vswitchName: str('build'), description: str('builds'), tags }),
    group: optional({ securityGroupName: str('build'), description: str('builds'), tags }),
  }), apsaraStack, (s, { vpc, vswitch, group }) => {
    const v = new apsara.Vpc(s, 'V', vpc);
    new apsara.VSwitch(s, 'W', { vpc: v, ...vswitch });
    new apsara.SecurityGroup(s, 'G', { vpc: v, ...group });
  });
  property('apsara.Instance', optional({ zoneId: str('z-1'), instanceName: str('build'), description: str('builder'), userData: str('echo ${HOME}'), systemDiskSizeGiB: num(40), tags }),
    apsaraStack, (s, p) => new apsara.Instance(s, 'I', {
      image: apsara.Image.fromImageId(s, 'B', 'm-1'), instanceType: InstanceType.G7_LARGE, vswitch: apsara.VSwitch.fromVSwitchId(s, 'W', 'vsw-1'),
      securityGroups: [apsara.SecurityGroup.fromSecurityGroupId(s, 'G', 'sg-1')], ...p,
    }));
  property('apsara.ZoneLookup and apsara.InstanceTypeChoice', fc.record({
    zone: optional({ availableResourceCreation: enumOf(apsara.ZoneResource) }),
    candidates: list(optional({ instanceTypeFamily: str('ecs.n4'), cpuCoreCount: num(1, 2), memorySizeGiB: num(1, 4), sortedBy: enumOf(apsara.InstanceTypeSort) })),
  }), apsaraStack, (s, { zone, candidates }) => {
    const lookup = new apsara.ZoneLookup(s, 'Z', zone);
    new apsara.InstanceTypeChoice(s, 'Type', { zoneId: lookup.zoneId, candidates });
  });
  property('apsara.Image, apsara.ImageCopy, apsara.ImageFromInstance', fc.record({
    image: optional({ imageName: str('golden'), description: str('golden image'), tags }),
    snapshot: str('s-1'), region: str('cn-qingdao-env17-d01'),
    fromInstance: optional({ imageName: str('golden'), shareWithAccountIds: list(str('1234567890')), copyToRegionIds: list(str('cn-beijing')), tags }),
  }), apsaraStack, (s, { image, snapshot, region, fromInstance }) => {
    const img = new apsara.Image(s, 'Img', { source: apsara.ImageSource.fromSnapshotId(snapshot), ...image });
    new apsara.ImageCopy(s, 'Copy', { sourceImage: img, destinationRegionId: region });
    new apsara.ImageFromInstance(s, 'FromInstance', { instance: apsara.Instance.fromInstanceId(s, 'Inst', 'i-1'), ...fromInstance });
  });
});
