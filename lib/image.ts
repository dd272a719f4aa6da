import { IConstruct } from 'constructs';

/**
 * An ECS custom image: one this app creates, imports, copies or looks up, on Alibaba Cloud or on
 * Apsara Stack. Code that consumes images (base images, instances) takes an `IImage`.
 */
export interface IImage extends IConstruct {
  /**
   * The image id (`m-...`), or a token that Terraform resolves at deploy time.
   */
  readonly imageId: string;
}
