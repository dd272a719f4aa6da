// Generated L1 bindings, one jsii submodule per provider.
export * as alicloud from './generated/alicloud';
export * as alibabacloudstack from './generated/alibabacloudstack';

// The Apsara Stack constructs, as the jsii submodule `apsara` (apsara.Image, apsara.Vpc, ...).
export * as apsara from './apsara-stack';

export * from './aspects/rule-level';
export * from './aspects/security-checks';
export * from './image-builder/base-image';
export * from './image-builder/build-content';
export * from './image-builder/component-reference';
export * from './network/build-network';
export * from './image-builder/build-waiter';
export * from './core/disk-category';
export * from './core/errors';
export * from './core/image-owner';
export * from './core/interfaces';
export * from './image/image';
export * from './image/image-base';
export * from './image/image-enums';
export * from './image/image-export';
export * from './image/image-import';
export * from './image/image-lookup';
export * from './image/image-share';
export * from './image-builder/component-document';
export * from './image-builder/component-task-props';
export * from './image-builder/image-component';
export * from './image-builder/image-pipeline';
export * from './image-builder/image-pipeline-execution';
export * from './image/image-source';
export * from './network/instance';
export * from './network/launch-template';
export * from './core/instance-type';
export * from './patterns/golden-image-factory';
export * from './patterns/golden-image-factory-props';
export * from './network/peer';
export * from './core/platform';
export * from './network/port';
export * from './network/security-group';
export * from './core/timeouts';
export * from './network/vpc';
export * from './network/vswitch';
// Post-build image settings and retention (issue 20).
export { ImdsSupport } from './image/image-settings';
export * from './image/image-retention';
export * from './patterns/golden-image-lifecycle';
