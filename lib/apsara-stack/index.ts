// The Apsara Stack constructs (the `alibabacloudstack` provider), published as the jsii submodule
// `apsara`: `apsara.Image`, `apsara.Vpc`, ... in TypeScript, `cdktf_alicloud_image_builder.apsara`
// in Python. Names and shapes mirror the Alibaba Cloud constructs of the package root.
export * from './image';
export * from './image-source';
export * from './image-copy';
export * from './image-export';
export * from './image-share';
export * from './image-from-instance';
export * from './instance';
export * from './security-group';
export * from './vpc';
export * from './vswitch';
export * from './instance-type-choice';
export * from './zone-lookup';
