#!/usr/bin/env node
// One bench measurement in this (fresh) process: builds N units of a workload in one stack, either
// with the library's L2 constructs or the same resources written by hand with the generated L1
// classes (cdktf's own DataResource for terraform_data, as a user would write it), synthesizes the
// app and prints one JSON line: { workload, variant, n, synthMs, constructMs, cpuMs, peakRssMb, resources }.
// Usage: node bench/workload.js <factory-wait|factory-nowait|pipeline> <l2|l1> <N> [--keep outdir]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const [workload, variant, nText] = process.argv.slice(2);
const n = Number(nText);
const WORKLOADS = ['factory-wait', 'factory-nowait', 'pipeline'];
if (!WORKLOADS.includes(workload) || !['l1', 'l2'].includes(variant) || !Number.isInteger(n) || n < 1) {
  console.error(`usage: workload.js <${WORKLOADS.join('|')}> <l2|l1> <N>`);
  process.exit(2);
}
const keep = process.argv.indexOf('--keep');
const outdir = keep > 0 ? path.resolve(process.argv[keep + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-'));

const { App, TerraformStack, DataResource, TerraformAsset, AssetType } = require('cdktf');
const lib = require('..');
const { alicloud } = lib;

const BASE_IMAGE = 'aliyun_3_x64_20G_alibase_20240819.vhd';
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const app = new App({ outdir });
const stack = new TerraformStack(app, 'bench');
new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });

if (variant === 'l2') buildL2(); else buildL1();
const t1 = process.hrtime.bigint();
app.synth();
const t2 = process.hrtime.bigint();
const cpu = process.cpuUsage(cpu0);

const doc = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'bench', 'cdk.tf.json'), 'utf-8'));
const count = (blocks) => Object.values(blocks || {}).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
const resources = count(doc.resource) + count(doc.data);
if (keep < 0) fs.rmSync(outdir, { recursive: true, force: true });
console.log(JSON.stringify({
  workload, variant, n,
  synthMs: Number(t2 - t0) / 1e6,
  constructMs: Number(t1 - t0) / 1e6,
  // CPU time of this process (user + system): on a busy machine less inflated than wall time.
  cpuMs: (cpu.user + cpu.system) / 1000,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  resources,
}));

function buildL2() {
  for (let i = 0; i < n; i++) {
    const buildContent = lib.BuildContent.create().addRun(`echo build ${i}`, 'yum -y update');
    if (workload === 'pipeline') {
      const pipeline = new lib.ImagePipeline(stack, `Pipeline${i}`, {
        baseImage: lib.BaseImage.fromImageId(BASE_IMAGE),
        buildContent,
        instanceType: lib.InstanceType.G6_LARGE,
        vswitchId: 'vsw-bench0000000000000001',
      });
      pipeline.addExecution('Build');
    } else {
      new lib.GoldenImageFactory(stack, `Factory${i}`, {
        baseImage: lib.BaseImage.fromImageId(BASE_IMAGE),
        buildContent,
        waitForCompletion: workload === 'factory-wait',
      });
    }
  }
}

// The same resources (types, attributes, references) as buildL2, written with the L1 classes.
function buildL1() {
  const waiter = workload === 'factory-wait'
    ? new TerraformAsset(stack, 'Waiter', { path: require.resolve('../assets/waiter/waiter.js'), type: AssetType.FILE })
    : undefined;
  for (let i = 0; i < n; i++) {
    const name = `bench-Factory${i}`;
    const content = `RUN echo build ${i}\nRUN yum -y update`;
    if (workload === 'pipeline') {
      const pipeline = new alicloud.ecsImagePipeline.EcsImagePipeline(stack, `Pipeline${i}`, {
        name: `bench-Pipeline${i}-0123abcd`,
        baseImageType: 'IMAGE',
        baseImage: BASE_IMAGE,
        buildContent: content,
        imageName: `bench-Pipeline${i}`,
        instanceType: 'ecs.g6.large',
        vswitchId: 'vsw-bench0000000000000001',
        deleteInstanceOnFailure: true,
        lifecycle: { createBeforeDestroy: true },
      });
      new alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution(stack, `Pipeline${i}Build`, { imagePipelineId: pipeline.id });
      continue;
    }
    const tags = { 'cdktf-alicloud-image-builder:factory': `bench/Factory${i}` };
    const zones = new alicloud.dataAlicloudZones.DataAlicloudZones(stack, `Factory${i}Zones`, {
      availableInstanceType: 'ecs.g6.large', availableResourceCreation: 'VSwitch',
    });
    const vpc = new alicloud.vpc.Vpc(stack, `Factory${i}Vpc`, { cidrBlock: '172.16.0.0/16', tags });
    const vswitch = new alicloud.vswitch.Vswitch(stack, `Factory${i}VSwitch`, {
      vpcId: vpc.id, cidrBlock: '172.16.0.0/24', zoneId: zones.zones.get(0).id, tags,
    });
    const pipeline = new alicloud.ecsImagePipeline.EcsImagePipeline(stack, `Factory${i}Pipeline`, {
      name: `${name}-Pipeline-0123abcd`,
      baseImageType: 'IMAGE',
      baseImage: BASE_IMAGE,
      buildContent: content,
      imageName: `${name}-Pipeline`,
      instanceType: 'ecs.g6.large',
      vswitchId: vswitch.id,
      deleteInstanceOnFailure: true,
      tags,
      lifecycle: { createBeforeDestroy: true },
    });
    const execution = new alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution(stack, `Factory${i}Build`, {
      imagePipelineId: pipeline.id,
    });
    if (!waiter) continue;
    const wait = new DataResource(stack, `Factory${i}Waiter`, {
      input: { execution_id: execution.id },
      triggersReplace: { execution_id: execution.id },
      provisioners: [{
        type: 'local-exec',
        command: `node ${waiter.path} wait-execution --execution-id ${execution.id} --region cn-hangzhou --timeout-minutes 60 --poll-seconds 15`,
      }],
    });
    new alicloud.dataAlicloudImages.DataAlicloudImages(stack, `Factory${i}Image`, {
      nameRegex: `^${name}-Pipeline_${wait.getStringAttribute('output.execution_id')}$`,
      owners: 'self',
    });
  }
}
