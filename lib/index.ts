// Generated L1 bindings, one jsii submodule per provider.
export * as alicloud from './generated/alicloud';
export * as alibabacloudstack from './generated/alibabacloudstack';
