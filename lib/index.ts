// Generated L1 bindings, one jsii submodule per provider.
export * as alicloud from './generated/alicloud';
export * as alibabacloudstack from './generated/alibabacloudstack';

export * from './base-image';
export * from './build-content';
export * from './build-network';
export * from './build-waiter';
export * from './disk-category';
export * from './errors';
export * from './image';
export * from './image-component';
export * from './image-pipeline';
export * from './image-pipeline-execution';
export * from './image-source';
export * from './instance';
export * from './instance-type';
export * from './patterns/golden-image-factory';
export * from './patterns/stack-image-from-instance';
export * from './peer';
export * from './platform';
export * from './port';
export * from './security-group';
export * from './stack-image';
export * from './stack-image-copy';
export * from './stack-instance';
export * from './stack-security-group';
export * from './stack-vpc';
export * from './stack-vswitch';
export * from './timeouts';
export * from './vpc';
export * from './vswitch';
// Post-build image settings and retention (issue 20).
export { ImdsSupport } from './image/image-settings';
export * from './image/image-retention';
