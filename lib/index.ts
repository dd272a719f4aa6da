// Generated L1 bindings, one jsii submodule per provider.
export * as alicloud from './generated/alicloud';
export * as alibabacloudstack from './generated/alibabacloudstack';

export * from './build-network';
export * from './disk-category';
export * from './errors';
export * from './image';
export * from './image-source';
export * from './instance';
export * from './peer';
export * from './platform';
export * from './port';
export * from './security-group';
export * from './vpc';
export * from './vswitch';
