// UUID v7 (RFC 9562): 48-bit Unix milliseconds, then random bits, so ids sort by creation time
// and B-tree inserts stay at the right edge. PostgreSQL 15 has no uuidv7(), so ids are made here.
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

// Random bytes are drawn 4 KiB at a time (one call to the CSPRNG for 256 ids instead of one each).
const POOL = 4096;
const pool = Buffer.alloc(POOL);
let offset = POOL;
function random16(): Buffer {
  if (offset + 16 > POOL) {
    randomFillSync(pool);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  return out;
}

export function uuidv7(now: number = Date.now()): string {
  const bytes = random16();
  // Keep ids monotonic within one millisecond in this process: a 12-bit counter in rand_a.
  if (now === lastMs) counter = (counter + 1) & 0xfff;
  else {
    lastMs = now;
    counter = bytes.readUInt16BE(6) & 0x7ff;
  }
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
