// Generated L1 bindings, one jsii submodule per provider.
export * as alicloud from './generated/alicloud';
export * as alibabacloudstack from './generated/alibabacloudstack';

export * from './errors';
export * from './image';
export * from './image-source';
export * from './instance';
export * from './platform';
export * from './security-group';
export * from './vpc';
export * from './vswitch';
