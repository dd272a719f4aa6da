/**
 * Synth stays linear (issue 19): whole-tree work (walks of the stack, `terraform version` processes)
 * is counted, not timed, and must not grow with the number of constructs. Also: what moved to the
 * stack's one walk at synth still sees providers and outputs added after a construct.
 */
import * as childProcess from 'child_process';
import { DataResource, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { Node } from 'constructs';
import {
  alibabacloudstack, alicloud, BaseImage, BuildContent, GoldenImageFactory, ImageComponent, ImageComponentContent, ImagePipeline,
} from '../lib';
import { workCounters } from '../lib/private/stack-index';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stackTrace = require('cdktf/lib/tokens/private/stack-trace');
import { TerraformData } from '../lib/private/terraform-data';
import { alicloudStack, emptyStack, synth } from './util/synth';
import { expectInvalid } from './util/validation-error';

const baseImage = BaseImage.fromImageId('aliyun_3_x64_20G_alibase_20240819.vhd');

/** N factories and N pipelines (with a component, an execution and outputs) in one stack, synthesized. */
function work(n: number) {
  const findAll = jest.spyOn(Node.prototype, 'findAll');
  const versionProcesses = jest.spyOn(childProcess, 'execFileSync').mockReturnValue(Buffer.from('Terraform v1.9.8\n'));
  const walksBefore = workCounters.stackWalks;
  try {
    const stack = alicloudStack();
    const shanghai = new alicloud.provider.AlicloudProvider(stack, 'shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
    for (let i = 0; i < n; i++) {
      const component = new ImageComponent(stack, `Component${i}`, { content: ImageComponentContent.fromBuildContent(BuildContent.fromCommands('RUN true')) });
      new GoldenImageFactory(stack, `Factory${i}`, {
        baseImage,
        buildContent: BuildContent.create().addRun(`echo ${i}`).addComponent(component),
        distributionRegions: [{ regionId: 'cn-shanghai', provider: shanghai }],
        rebuildToken: 'r1',
        terraformOutputs: true,
      });
      const pipeline = new ImagePipeline(stack, `Pipeline${i}`, { baseImage, buildContent: BuildContent.fromCommands(`RUN echo ${i}`), vswitchId: 'vsw-123' });
      pipeline.addExecution('Build', { rebuildToken: 'r1' });
    }
    const out = synth(stack, { schemaCheck: false });
    expect(Object.keys(out.resources('alicloud_ecs_image_pipeline'))).toHaveLength(2 * n);
    expect(Object.keys(out.resources('terraform_data'))).toHaveLength(3 * n); // waiter, 2 rebuild triggers
    return {
      findAll: findAll.mock.calls.length,
      walks: workCounters.stackWalks - walksBefore,
      versionProcesses: versionProcesses.mock.calls.filter(([, args]) => String(args).includes('version')).length,
    };
  } finally {
    findAll.mockRestore();
    versionProcesses.mockRestore();
  }
}

test('tree walks and terraform version processes per synth do not grow with the number of constructs', () => {
  const small = work(10);
  const large = work(100);
  expect(large).toEqual(small);
  // One walk at the first lookup and one at synth; one version check per stack.
  expect(large.walks).toBeLessThanOrEqual(2);
  expect(large.versionProcesses).toBe(1);
});

/**
 * cdktf records a full stack trace for every token it makes (attribute references, function calls,
 * its Lazy, the generated classes' nested lists): the largest part of the synth time left after the
 * superlinear steps went (issue 19). Counted per unit, against what the same resources written with
 * the L1 classes make (bench/workload.js buildL1): 10 per factory without waiting, 2 per pipeline
 * with an execution.
 */
function tracesPerUnit(build: (stack: TerraformStack, i: number) => void): number {
  const traces = jest.spyOn(stackTrace, 'captureStackTrace');
  try {
    const count = (n: number) => {
      traces.mockClear();
      const stack = alicloudStack();
      for (let i = 0; i < n; i++) build(stack, i);
      synth(stack, { schemaCheck: false });
      return traces.mock.calls.length;
    };
    const small = count(5);
    const large = count(25);
    return (large - small) / 20;
  } finally {
    traces.mockRestore();
  }
}

test('a factory or a pipeline makes no more tokens (stack traces) than the same resources written with L1 classes', () => {
  const factory = tracesPerUnit((stack, i) => {
    new GoldenImageFactory(stack, `Factory${i}`, { baseImage, buildContent: BuildContent.create().addRun(`echo ${i}`), waitForCompletion: false });
  });
  const pipeline = tracesPerUnit((stack, i) => {
    new ImagePipeline(stack, `Pipeline${i}`, { baseImage, buildContent: BuildContent.fromCommands(`RUN echo ${i}`), vswitchId: 'vsw-123' }).addExecution('Build');
  });
  // Zones list and element, VPC ipv6 list, timeouts and id, vSwitch timeouts and id, pipeline id,
  // execution timeouts and id (the id the L1 writes for the waiter; the L2 makes imageName's on read).
  expect(factory).toBeLessThanOrEqual(10);
  expect(pipeline).toBeLessThanOrEqual(2);
});

test('terraform_data is written exactly as cdktf\'s DataResource writes it', () => {
  const config = {
    input: { execution_id: 'exec-1', nested: { a: [1, 2] } },
    triggersReplace: { execution_id: 'exec-1' },
    provisioners: [{ type: 'local-exec' as const, command: 'echo ok', environment: { A: 'b' } }],
    lifecycle: { createBeforeDestroy: true },
  };
  const ours = emptyStack();
  const theirs = emptyStack();
  new TerraformData(ours, 'Data', config);
  new DataResource(theirs, 'Data', config);
  expect(Testing.synth(ours)).toBe(Testing.synth(theirs));
  expect(JSON.parse(Testing.synth(ours)).resource.terraform_data.Data).toMatchObject({
    input: { execution_id: 'exec-1' }, triggers_replace: { execution_id: 'exec-1' },
  });
});

test('Terraform older than 1.4 still fails synth of a stack with terraform_data, once per stack', () => {
  const stack = emptyStack();
  new TerraformData(stack, 'A', { input: { a: '1' } });
  new TerraformData(stack, 'B', { input: { b: '2' } });
  const versionProcesses = jest.spyOn(childProcess, 'execFileSync').mockReturnValue(Buffer.from('Terraform v1.3.9\n'));
  try {
    expect(() => Testing.synth(stack, true)).toThrow(/terraform version 1\.3\.9 is lower than the required version >=1\.4/);
    expect(versionProcesses).toHaveBeenCalledTimes(1);
  } finally {
    versionProcesses.mockRestore();
  }
});

describe('checks that read the stack still see what is added after the construct', () => {
  test('an Apsara Stack provider added after an Image Builder construct fails at synth', () => {
    const stack: TerraformStack = emptyStack();
    new ImagePipeline(stack, 'Pipeline', { baseImage, buildContent: BuildContent.fromCommands('RUN true'), vswitchId: 'vsw-123' });
    new alibabacloudstack.provider.AlibabacloudstackProvider(stack, 'apsara', { region: 'cn-qingdao-env17-d01' });
    expectInvalid(() => synth(stack, { schemaCheck: false }), /^test\/Pipeline: ImagePipeline needs Alibaba Cloud ECS Image Builder/);
  });

  test('a default provider added after the factory makes its region the build region, checked at synth', () => {
    const stack = emptyStack();
    new GoldenImageFactory(stack, 'Web', { baseImage, buildContent: BuildContent.fromCommands('RUN true'), distributionRegions: [{ regionId: 'cn-beijing' }] });
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-beijing' });
    expectInvalid(() => synth(stack, { schemaCheck: false }),
      /^test\/Web: distributionRegions\[0\]\.regionId must not be the build region cn-beijing/);
  });

  test('a component region check made on an older walk is re-read before it fails', () => {
    const stack = emptyStack();
    const hangzhou = new alicloud.provider.AlicloudProvider(stack, 'hz', { region: 'cn-hangzhou', alias: 'hz' });
    // The first lookup walks the stack: it has no default provider yet.
    new ImageComponent(stack, 'Early', { content: ImageComponentContent.fromBuildContent(BuildContent.fromCommands('RUN true')), provider: hangzhou });
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-shanghai' });
    const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromBuildContent(BuildContent.fromCommands('RUN true')), provider: hangzhou });
    // Built in the default region, now cn-shanghai: the stale walk would miss it, the check re-reads at synth.
    new ImagePipeline(stack, 'Pipeline', { baseImage, buildContent: BuildContent.create().addComponent(component), vswitchId: 'vsw-123' });
    expectInvalid(() => synth(stack, { schemaCheck: false }), /^test\/Pipeline: buildContent calls the component test\/Component, which is in cn-hangzhou/);
  });

  test('an output with a factory output\'s name, added after the factory, fails at synth', () => {
    const stack = alicloudStack();
    new GoldenImageFactory(stack, 'Web', { baseImage, buildContent: BuildContent.fromCommands('RUN true'), terraformOutputs: true });
    new TerraformOutput(stack, 'mine', { value: 'x' }).overrideLogicalId('Web_image_name');
    expectInvalid(() => synth(stack, { schemaCheck: false }), /^test\/Web: terraformOutputs would add an output whose name another output/);
  });
});
