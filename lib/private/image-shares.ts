// Sharing an image with accounts, the same on both clouds: one permission resource per account,
// the same account twice returns the first permission, the same account id rule.
import { Construct, IConstruct } from 'constructs';
import { checkAccountId, checkNotEmpty, fail, isToken } from './validation';

/**
 * The share permissions of one image.
 *
 * Per-cloud differences, passed in by the image base of each cloud:
 * - `maxAccounts`: Alibaba Cloud shares an image with at most 50 accounts; Apsara Stack documents no
 *   limit, so none is checked there (the API answers if the platform sets one).
 * - `tokenKey`: the construct id suffix for an account known only at deploy time. Each cloud keeps
 *   the suffix it always used, so existing state keeps its resource addresses.
 */
export class ImageShares<T> {
  /** Keyed by the account id as written (a token's string too), so sharing twice returns the first. */
  private readonly byAccount = new Map<string, T>();

  constructor(private readonly maxAccounts: number | undefined, private readonly tokenKey: (sharedSoFar: number) => string) {}

  /** Validates `accountId`; returns the permission for it, made by `create(idSuffix)` the first time. */
  public shareWith(scope: IConstruct, accountId: string, create: (idSuffix: string) => T): T {
    checkNotEmpty(scope, 'accountId', accountId);
    checkAccountId(scope, 'accountId', accountId);
    const existing = this.byAccount.get(accountId);
    if (existing) return existing;
    if (this.maxAccounts !== undefined && this.byAccount.size >= this.maxAccounts) {
      fail(scope, 'accountId', `cannot be added: an image can be shared with at most ${this.maxAccounts} accounts`, accountId);
    }
    const permission = create(isToken(accountId) ? this.tokenKey(this.byAccount.size) : accountId);
    this.byAccount.set(accountId, permission);
    return permission;
  }
}

/** What both clouds' `ImageShare.fromImageShareAttributes` return: a share known from outside the app. */
export class ExistingImageShare extends Construct {
  public readonly imageId: string;
  public readonly accountId: string;

  constructor(scope: Construct, id: string, attrs: { readonly imageId: string; readonly accountId: string }) {
    super(scope, id);
    checkNotEmpty(this, 'imageId', attrs.imageId);
    checkNotEmpty(this, 'accountId', attrs.accountId);
    checkAccountId(this, 'accountId', attrs.accountId);
    this.imageId = attrs.imageId;
    this.accountId = attrs.accountId;
  }
}
