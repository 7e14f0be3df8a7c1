import { randomBytes } from 'node:crypto';

let lastMillis = 0;
let counter = 0;

/**
 * A unique id that sorts by creation time within this process (`<prefix>_<time><counter><random>`),
 * so rows written in the same millisecond still list in the order they were written.
 */
export function newId(prefix: string): string {
  const millis = Date.now();
  if (millis === lastMillis) {
    counter += 1;
  } else {
    lastMillis = millis;
    counter = 0;
  }
  const time = millis.toString(36).padStart(9, '0');
  const sequence = counter.toString(36).padStart(4, '0');
  return `${prefix}_${time}${sequence}${randomBytes(8).toString('hex')}`;
}
