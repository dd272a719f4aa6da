// Rules of the image sources both clouds share (an instance, a system-disk snapshot): one check, so
// Image and apsara.Image reject the same input with the same message.
import { IConstruct } from 'constructs';
import { checkNotEmpty } from './validation';

/** The id of the instance or snapshot an image is created from: given and not empty. */
export function checkSourceId(scope: IConstruct, property: 'source.instanceId' | 'source.snapshotId', value: string): void {
  checkNotEmpty(scope, property, value);
}
