// Who owns an image: the one owner enum of image lookups on both clouds (the alicloud and
// alibabacloudstack image data sources take the same values).

/** Whose images a lookup searches. */
export enum ImageOwner {
  /** Public images provided by Alibaba Cloud. */
  SYSTEM = 'system',
  /** Custom images of this account. */
  SELF = 'self',
  /** Images shared with this account. */
  OTHERS = 'others',
  /** Alibaba Cloud Marketplace images. */
  MARKETPLACE = 'marketplace',
}
