/**
 * A stateful fake of the ECS image APIs behind FakeEcs (127.0.0.1 only): images and instances per
 * region, answering DescribeImages (ImageId, ImageName (fuzzy: substring), Status, Tag.N filters,
 * paging), ModifyImageAttribute, TagResources, DescribeInstances (ImageId), DescribeImageSharePermission,
 * ModifyImageSharePermission and DeleteImage, with the bodies and error codes the real API uses, and
 * the real API's refusals: deleting an image an instance uses, deprecating a shared image, IMDS v2
 * back to v1. Scripted `failures` per action are answered first, in order.
 */
import { randomUUID } from 'crypto';
import { errorReply, FakeEcs, FakeReply, RecordedRequest } from './fake-ecs';

export interface FakeImage {
  readonly regionId: string;
  readonly imageId: string;
  imageName: string;
  status: string;
  readonly creationTime: string;
  tags: Record<string, string>;
  imageFamily?: string;
  bootMode?: string;
  nvmeSupport?: string;
  imdsSupport?: string;
  sharedWith?: string[];
  shareGroups?: string[];
}

export interface FakeInstance {
  readonly regionId: string;
  readonly instanceId: string;
  readonly imageId: string;
  readonly status: string;
}

export const IMAGE_ACTIONS = [
  'DescribeImages', 'ModifyImageAttribute', 'TagResources', 'DescribeInstances', 'DescribeImageSharePermission', 'ModifyImageSharePermission', 'DeleteImage',
];

export class FakeImages {
  readonly images: FakeImage[] = [];
  readonly instances: FakeInstance[] = [];
  /** Replies answered before the state, per action, consumed in order (throttling, 5xx, refusals). */
  readonly failures: Record<string, FakeReply[]> = {};

  constructor(images: FakeImage[] = [], instances: FakeInstance[] = []) {
    this.images.push(...images);
    this.instances.push(...instances);
  }

  /** Makes `fake` answer the image APIs from this state. */
  attach(fake: FakeEcs): this {
    fake.setHandler((request) => this.handle(request));
    return this;
  }

  image(regionId: string, imageId: string): FakeImage | undefined {
    return this.images.find((i) => i.regionId === regionId && i.imageId === imageId);
  }

  handle(request: RecordedRequest): FakeReply | undefined {
    if (!IMAGE_ACTIONS.includes(request.action)) return undefined;
    const queued = this.failures[request.action];
    if (queued && queued.length > 0) return queued.shift();
    const p = request.params;
    const region = p.RegionId;
    const ok = (extra: object = {}): FakeReply => ({ body: { RequestId: randomUUID().toUpperCase(), ...extra } });
    const find = (): FakeImage | undefined => this.image(region, p.ImageId);
    const notFound = errorReply(404, 'InvalidImageId.NotFound', 'The specified ImageId does not exist.');

    switch (request.action) {
      case 'DescribeImages': {
        const statuses = (p.Status ?? 'Available').split(',');
        const tagFilters = tagsOf(p, 'Tag');
        const matching = this.images.filter((i) => i.regionId === region
          && (p.ImageId === undefined || i.imageId === p.ImageId)
          && (p.ImageName === undefined || i.imageName.includes(p.ImageName))
          && (p.ImageId !== undefined || statuses.includes(i.status))
          && Object.entries(tagFilters).every(([k, v]) => i.tags[k] === v));
        const size = Number(p.PageSize ?? 10);
        const page = Number(p.PageNumber ?? 1);
        return ok({
          RegionId: region, TotalCount: matching.length, PageNumber: page, PageSize: size,
          Images: { Image: matching.slice((page - 1) * size, page * size).map(render) },
        });
      }
      case 'ModifyImageAttribute': {
        const image = find();
        if (!image) return notFound;
        if (p.Status === 'Deprecated' && ((image.sharedWith ?? []).length > 0 || (image.shareGroups ?? []).length > 0)) {
          return errorReply(403, 'InvalidImageStatus.Shared', 'The specified image is shared and cannot be deprecated.');
        }
        if (p['Features.ImdsSupport'] === 'v1' && image.imdsSupport === 'v2') {
          return errorReply(400, 'InvalidParameter.ImdsSupport', 'An image that supports IMDSv2 only cannot go back to v1.');
        }
        if (p.ImageFamily !== undefined) image.imageFamily = p.ImageFamily;
        if (p.BootMode !== undefined) image.bootMode = p.BootMode;
        if (p.Status !== undefined) image.status = p.Status;
        if (p['Features.NvmeSupport'] !== undefined) image.nvmeSupport = p['Features.NvmeSupport'];
        if (p['Features.ImdsSupport'] !== undefined) image.imdsSupport = p['Features.ImdsSupport'];
        return ok();
      }
      case 'TagResources': {
        if (p.ResourceType !== 'image') return errorReply(400, 'InvalidResourceType.NotSupported', `ResourceType ${p.ResourceType} is not supported here.`);
        const ids = Object.keys(p).filter((k) => /^ResourceId\.\d+$/.test(k)).map((k) => p[k]);
        const images = ids.map((id) => this.image(region, id));
        if (ids.length === 0 || images.some((i) => !i)) return notFound;
        for (const image of images) image!.tags = { ...image!.tags, ...tagsOf(p, 'Tag') };
        return ok();
      }
      case 'DescribeInstances': {
        const using = this.instances.filter((i) => i.regionId === region && (p.ImageId === undefined || i.imageId === p.ImageId));
        return ok({
          TotalCount: using.length, PageNumber: 1, PageSize: Number(p.PageSize ?? 10), NextToken: '',
          Instances: { Instance: using.slice(0, Number(p.PageSize ?? 10)).map((i) => ({ InstanceId: i.instanceId, ImageId: i.imageId, Status: i.status })) },
        });
      }
      case 'DescribeImageSharePermission': {
        const image = find();
        if (!image) return notFound;
        return ok({
          ImageId: image.imageId, RegionId: region, TotalCount: (image.sharedWith ?? []).length, PageNumber: 1, PageSize: 100,
          Accounts: { Account: (image.sharedWith ?? []).map((a) => ({ AliyunId: a, SharedTime: '2026-11-01T00:00:00Z' })) },
          ShareGroups: { ShareGroup: (image.shareGroups ?? []).map((g) => ({ Group: g })) },
        });
      }
      case 'ModifyImageSharePermission': {
        const image = find();
        if (!image) return notFound;
        const removed = Object.keys(p).filter((k) => /^RemoveAccount\.\d+$/.test(k)).map((k) => p[k]);
        image.sharedWith = (image.sharedWith ?? []).filter((a) => !removed.includes(a));
        if (p.IsPublic === 'false') image.shareGroups = [];
        return ok();
      }
      case 'DeleteImage': {
        const image = find();
        if (!image) return notFound;
        if (p.Force !== 'true' && this.instances.some((i) => i.regionId === region && i.imageId === image.imageId)) {
          return errorReply(403, 'ImageUsedByInstance', 'The specified image is used by instances.');
        }
        this.images.splice(this.images.indexOf(image), 1);
        return ok();
      }
    }
    return undefined;
  }
}

/** `Tag.1.Key`/`Tag.1.Value` pairs of a request. */
function tagsOf(params: Record<string, string>, prefix: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const m = new RegExp(`^${prefix}\\.(\\d+)\\.Key$`).exec(k);
    if (m) tags[v] = params[`${prefix}.${m[1]}.Value`] ?? '';
  }
  return tags;
}

function render(i: FakeImage): object {
  return {
    ImageId: i.imageId,
    ImageName: i.imageName,
    Status: i.status,
    CreationTime: i.creationTime,
    ImageOwnerAlias: 'self',
    ImageFamily: i.imageFamily ?? '',
    BootMode: i.bootMode ?? 'BIOS',
    Features: { NvmeSupport: i.nvmeSupport ?? 'unsupported', ImdsSupport: i.imdsSupport ?? 'v1' },
    IsSelfShared: (i.sharedWith ?? []).length > 0 ? 'True' : 'False',
    Tags: { Tag: Object.entries(i.tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })) },
  };
}
