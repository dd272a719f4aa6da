/**
 * The ECS image calls of the post-build settings and of retention (IMAGE_BUILDER_FACTS §8.2), one
 * SDK client per region. Each answer is checked against the documented shape; every failure comes
 * back classified like ecs-api.ts does it (retry / malformed / refused / not-found).
 */
import Ecs, {
  DeleteImageRequest, DescribeImageSharePermissionRequest, DescribeImagesRequest, DescribeImagesRequestTag, DescribeInstancesRequest,
  ModifyImageAttributeRequest, ModifyImageAttributeRequestFeatures, ModifyImageSharePermissionRequest, TagResourcesRequest, TagResourcesRequestTag,
} from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type Credential from '@alicloud/credentials';
import { ApiProblem, EcsTarget, hasRequestId, runtimeOptions, send } from './ecs-api';

/** How one call went: its value, or what went wrong. */
export type CallOutcome<T> = { readonly kind: 'done'; readonly value: T } | ApiProblem;

/** The part of a DescribeImages item the waiter reads. */
export interface ImageInfo {
  readonly imageId: string;
  readonly imageName: string;
  readonly status: string;
  /** ISO 8601, e.g. 2026-11-23T01:02:03Z. */
  readonly creationTime: string;
  readonly tags: Record<string, string>;
  readonly imageFamily?: string;
  readonly bootMode?: string;
  readonly nvmeSupport?: string;
  readonly imdsSupport?: string;
}

export interface ImageQuery {
  readonly imageId?: string;
  /** Server-side fuzzy match: callers filter the answer by the exact name or prefix again. */
  readonly imageName?: string;
  /** Comma list; the API's default is Available only. */
  readonly status?: string;
  readonly tags?: Record<string, string>;
}

/** ModifyImageAttribute's values; only the given ones are sent. */
export interface ImageAttributes {
  readonly imageFamily?: string;
  readonly bootMode?: string;
  readonly nvmeSupport?: string;
  readonly imdsSupport?: string;
  readonly status?: string;
}

export interface SharePermissions {
  readonly accounts: string[];
  /** Share groups such as `all` (a public image). */
  readonly groups: string[];
}

/** The image calls the post-build step and retention make; a test can answer them without HTTP. */
export interface ImageOps {
  describeImages(regionId: string, query: ImageQuery, pageNumber: number, timeoutMs: number): Promise<CallOutcome<{ images: ImageInfo[]; totalCount: number }>>;
  modifyImage(regionId: string, imageId: string, attributes: ImageAttributes, timeoutMs: number): Promise<CallOutcome<string>>;
  tagImage(regionId: string, imageId: string, tags: Record<string, string>, timeoutMs: number): Promise<CallOutcome<string>>;
  countInstancesUsing(regionId: string, imageId: string, timeoutMs: number): Promise<CallOutcome<number>>;
  sharePermissions(regionId: string, imageId: string, timeoutMs: number): Promise<CallOutcome<SharePermissions>>;
  unshare(regionId: string, imageId: string, permissions: SharePermissions, timeoutMs: number): Promise<CallOutcome<string>>;
  deleteImage(regionId: string, imageId: string, timeoutMs: number): Promise<CallOutcome<string>>;
}

/** DescribeImages pages: the API's largest page. */
export const PAGE_SIZE = 100;

export class ImageApi implements ImageOps {
  private readonly clients = new Map<string, Ecs>();

  constructor(private readonly target: Omit<EcsTarget, 'regionId'>, private readonly credential: Credential) {}

  async describeImages(regionId: string, query: ImageQuery, pageNumber: number, timeoutMs: number): Promise<CallOutcome<{ images: ImageInfo[]; totalCount: number }>> {
    const tags = Object.entries(query.tags ?? {}).map(([key, value]) => new DescribeImagesRequestTag({ key, value }));
    const sent = await send(() => this.client(regionId).describeImagesWithOptions(new DescribeImagesRequest({
      regionId,
      imageOwnerAlias: 'self',
      imageId: query.imageId,
      imageName: query.imageName,
      status: query.status,
      tag: tags.length > 0 ? tags : undefined,
      pageNumber,
      pageSize: PAGE_SIZE,
    }), runtimeOptions(timeoutMs)));
    if (sent.kind !== 'answered') return sent;
    const body = sent.body;
    const list = body?.images?.image;
    if (!hasRequestId(body)) return { kind: 'malformed', reason: 'response has no RequestId' };
    if (!Array.isArray(list)) return { kind: 'malformed', reason: `response ${body.requestId} has no Images.Image list` };
    const images: ImageInfo[] = [];
    for (const item of list) {
      if (typeof item?.imageId !== 'string' || typeof item.imageName !== 'string' || typeof item.status !== 'string' || typeof item.creationTime !== 'string') {
        return { kind: 'malformed', reason: `response ${body.requestId} lists an image without ImageId, ImageName, Status or CreationTime` };
      }
      const tagList: any[] = Array.isArray(item.tags?.tag) ? item.tags.tag : [];
      images.push({
        imageId: item.imageId,
        imageName: item.imageName,
        status: item.status,
        creationTime: item.creationTime,
        tags: Object.fromEntries(tagList.filter((t) => typeof t?.tagKey === 'string').map((t) => [t.tagKey, String(t.tagValue ?? '')])),
        imageFamily: optional(item.imageFamily),
        bootMode: optional(item.bootMode),
        nvmeSupport: optional(item.features?.nvmeSupport),
        imdsSupport: optional(item.features?.imdsSupport),
      });
    }
    return { kind: 'done', value: { images, totalCount: typeof body.totalCount === 'number' ? body.totalCount : images.length } };
  }

  async modifyImage(regionId: string, imageId: string, attributes: ImageAttributes, timeoutMs: number): Promise<CallOutcome<string>> {
    const features = attributes.nvmeSupport !== undefined || attributes.imdsSupport !== undefined
      ? new ModifyImageAttributeRequestFeatures({ nvmeSupport: attributes.nvmeSupport, imdsSupport: attributes.imdsSupport })
      : undefined;
    return requestIdOf(await send(() => this.client(regionId).modifyImageAttributeWithOptions(new ModifyImageAttributeRequest({
      regionId, imageId, imageFamily: attributes.imageFamily, bootMode: attributes.bootMode, status: attributes.status, features,
    }), runtimeOptions(timeoutMs))));
  }

  async tagImage(regionId: string, imageId: string, tags: Record<string, string>, timeoutMs: number): Promise<CallOutcome<string>> {
    return requestIdOf(await send(() => this.client(regionId).tagResourcesWithOptions(new TagResourcesRequest({
      regionId,
      resourceType: 'image',
      resourceId: [imageId],
      tag: Object.entries(tags).map(([key, value]) => new TagResourcesRequestTag({ key, value })),
    }), runtimeOptions(timeoutMs))));
  }

  async countInstancesUsing(regionId: string, imageId: string, timeoutMs: number): Promise<CallOutcome<number>> {
    // No Status filter: running, stopped, starting and stopping instances all count.
    const sent = await send(() => this.client(regionId).describeInstancesWithOptions(new DescribeInstancesRequest({
      regionId, imageId, pageSize: 1,
    }), runtimeOptions(timeoutMs)));
    if (sent.kind !== 'answered') return sent;
    if (!hasRequestId(sent.body)) return { kind: 'malformed', reason: 'response has no RequestId' };
    if (typeof sent.body.totalCount !== 'number') return { kind: 'malformed', reason: `response ${sent.body.requestId} has no TotalCount` };
    return { kind: 'done', value: sent.body.totalCount };
  }

  async sharePermissions(regionId: string, imageId: string, timeoutMs: number): Promise<CallOutcome<SharePermissions>> {
    const sent = await send(() => this.client(regionId).describeImageSharePermissionWithOptions(new DescribeImageSharePermissionRequest({
      regionId, imageId, pageSize: 100,
    }), runtimeOptions(timeoutMs)));
    if (sent.kind !== 'answered') return sent;
    const body = sent.body;
    if (!hasRequestId(body)) return { kind: 'malformed', reason: 'response has no RequestId' };
    if (!Array.isArray(body.accounts?.account)) return { kind: 'malformed', reason: `response ${body.requestId} has no Accounts.Account list` };
    const groups: any[] = Array.isArray(body.shareGroups?.shareGroup) ? body.shareGroups.shareGroup : [];
    return {
      kind: 'done',
      value: {
        accounts: body.accounts.account.map((a: any) => String(a?.aliyunId ?? '')).filter((a: string) => a !== ''),
        groups: groups.map((g) => String(g?.group ?? '')).filter((g) => g !== ''),
      },
    };
  }

  async unshare(regionId: string, imageId: string, permissions: SharePermissions, timeoutMs: number): Promise<CallOutcome<string>> {
    return requestIdOf(await send(() => this.client(regionId).modifyImageSharePermissionWithOptions(new ModifyImageSharePermissionRequest({
      regionId,
      imageId,
      removeAccount: permissions.accounts.length > 0 ? permissions.accounts : undefined,
      isPublic: permissions.groups.length > 0 ? false : undefined,
    }), runtimeOptions(timeoutMs))));
  }

  async deleteImage(regionId: string, imageId: string, timeoutMs: number): Promise<CallOutcome<string>> {
    // Never Force: the API itself then refuses an image that an instance still uses.
    return requestIdOf(await send(() => this.client(regionId).deleteImageWithOptions(new DeleteImageRequest({
      regionId, imageId, force: false,
    }), runtimeOptions(timeoutMs))));
  }

  private client(regionId: string): Ecs {
    let client = this.clients.get(regionId);
    if (!client) {
      client = new Ecs(new $OpenApiUtil.Config({
        credential: this.credential,
        regionId,
        endpoint: this.target.endpoint,
        protocol: this.target.protocol,
        userAgent: 'cdktf-alicloud-image-builder-waiter',
      }));
      this.clients.set(regionId, client);
    }
    return client;
  }
}

function optional(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function requestIdOf(sent: { readonly kind: 'answered'; readonly body: any } | ApiProblem): CallOutcome<string> {
  if (sent.kind !== 'answered') return sent;
  if (!hasRequestId(sent.body)) return { kind: 'malformed', reason: 'response has no RequestId' };
  return { kind: 'done', value: sent.body.requestId };
}
