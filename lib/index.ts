// Generated L1 bindings, one jsii submodule per provider.
export * as alicloud from './generated/alicloud';
export * as alibabacloudstack from './generated/alibabacloudstack';

export * from './base-image';
export * from './build-content';
export * from './errors';
export * from './image';
export * from './image-component';
export * from './image-pipeline';
export * from './image-pipeline-execution';
export * from './instance';
export * from './instance-type';
export * from './security-group';
export * from './vpc';
export * from './vswitch';
