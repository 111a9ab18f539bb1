// What a file is, judged by its bytes (magic numbers), never by the client's Content-Type. Zip
// containers (OFD, DOCX, XLSX) are told apart by the names in their central directory, and the
// file name's extension must agree with what the bytes are.
import { extensionOf, FILE_TYPES, type FileType } from '../../../common/api/files.ts';

const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const MAX_ENTRIES = 5000;

const startsWith = (bytes: Buffer, signature: Buffer) => bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);

/**
 * The entry names of a zip archive, read from its central directory; null when the archive is
 * damaged or not one we read (zip64, a split archive). Never throws.
 */
export function zipEntryNames(bytes: Buffer): string[] | null {
  if (bytes.length < 22) return null;
  // The end record is the last 22 bytes plus a comment of up to 65 535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES || offset + size > end) return null;
  const names: string[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_FILE_HEADER) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > end) return null;
    names.push(bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const byMime = (mime: string) => FILE_TYPES.find((t) => t.mime === mime)!;

/** Which zip-based type the entries make: OFD.xml at the root (GB/T 33190), or an OOXML package. */
function zipType(names: string[]): FileType | null {
  const set = new Set(names);
  if (set.has('OFD.xml')) return byMime('application/ofd');
  if (set.has('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return FILE_TYPES.find((t) => t.extensions.includes('docx'))!;
    if (names.some((n) => n.startsWith('xl/'))) return FILE_TYPES.find((t) => t.extensions.includes('xlsx'))!;
  }
  return null;
}

export type SniffResult =
  | { ok: true; type: FileType }
  /** The bytes are none of the accepted types (or a zip that is none of them, or damaged). */
  | { ok: false; reason: 'unsupported' }
  /** The bytes are an accepted type, but the name's extension says another. */
  | { ok: false; reason: 'mismatch'; actual: FileType; extension: string };

/** The accepted type of `bytes`, checked against the extension of `name`. */
export function sniffFile(bytes: Buffer, name: string): SniffResult {
  let actual: FileType | null = null;
  if (startsWith(bytes, PDF)) actual = byMime('application/pdf');
  else if (startsWith(bytes, JPEG)) actual = byMime('image/jpeg');
  else if (startsWith(bytes, PNG)) actual = byMime('image/png');
  else if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes);
    actual = names ? zipType(names) : null;
  }
  if (!actual) return { ok: false, reason: 'unsupported' };
  const extension = extensionOf(name);
  if (!actual.extensions.includes(extension)) return { ok: false, reason: 'mismatch', actual, extension };
  return { ok: true, type: actual };
}
