import { randomFillSync } from 'node:crypto';

/**
 * News item ids as UUID version 7 (RFC 9562): the time of creation first, so the ids of one
 * import sort together and after every earlier item. Random (version 4) ids scatter a batch over
 * the whole primary-key and duplicate-group indexes — every leaf page of a 380.000-row table
 * touched and written again — where ordered ids append at one end: the bulk insert of 20.000 items
 * took about 40% less time (docs/decisions/005-news-import-speed.md).
 */

let lastMs = 0;
let counter = 0;
let timeHex = ''; // the first two groups, for lastMs
// Random bytes drawn 8 KB at a time: one system call per id would cost more than the rest.
const pool = new Uint8Array(8192);
let used = pool.length;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** A new UUIDv7; ids made in one process are strictly increasing (a 12-bit counter within a millisecond). */
export function newsId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      // 4.096 ids within one millisecond: borrow the next one.
      ms = ++lastMs;
      counter = 0;
    }
  } else {
    lastMs = ms;
    counter = 0;
  }
  if (used + 8 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const o = used;
  used += 8;
  if (counter === 0 || !timeHex) {
    const time = ms.toString(16).padStart(12, '0');
    timeHex = `${time.slice(0, 8)}-${time.slice(8)}`;
  }
  // version 7 and the counter; the variant bits 10 and 62 random bits.
  const version = `7${HEX[counter >> 8]!.slice(1)}${HEX[counter & 0xff]}`;
  const variant = HEX[0x80 | (pool[o]! & 0x3f)]! + HEX[pool[o + 1]!]!;
  const tail = HEX[pool[o + 2]!]! + HEX[pool[o + 3]!]! + HEX[pool[o + 4]!]! + HEX[pool[o + 5]!]! + HEX[pool[o + 6]!]! + HEX[pool[o + 7]!]!;
  return `${timeHex}-${version}-${variant}-${tail}`;
}
