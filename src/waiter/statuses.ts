/**
 * DescribeImagePipelineExecutions statuses (IMAGE_BUILDER_FACTS §3.5). Anything not listed as final
 * is treated as still running, so a status the service adds later never ends the wait early.
 */
export const SUCCEEDED = new Set(['SUCCESS']);
/** The image exists, but copying, sharing or cleanup partly failed. */
export const PARTIALLY_SUCCEEDED = new Set(['PARTITION_SUCCESS']);
export const FAILED = new Set(['FAILED', 'TEST_FAILED', 'CANCELLED']);

export function isFinal(status: string): boolean {
  return SUCCEEDED.has(status) || PARTIALLY_SUCCEEDED.has(status) || FAILED.has(status);
}
