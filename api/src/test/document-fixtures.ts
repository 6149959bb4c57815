import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Upload fixtures made in code, so no binary files live in git: a real photo (encoded by jpeg-js)
 * with an EXIF block that holds GPS, a small PNG, a plain PDF, and the polyglots built from them.
 */

export interface PhotoOptions {
  width?: number;
  height?: number;
  /** Degrees; written as GPSLatitude/GPSLongitude in the EXIF block. */
  gps?: { latitude: number; longitude: number };
  orientation?: number;
  /** A COM segment with this text. */
  comment?: string;
  /** Bytes after the end of the image (a maker trailer or a hidden file). */
  trailer?: Uint8Array;
  /**
   * A JFXX APP0 extension holding a thumbnail that is itself a whole JPEG, with this GPS position
   * in its own EXIF block: cameras and editors write one, and the big picture's EXIF may be clean.
   */
  jfxxThumbnailGps?: { latitude: number; longitude: number };
  /** An ICC colour profile (APP2) whose description and copyright tags hold this text. */
  iccText?: string;
}

/** A JPEG photo as a phone makes it: JFIF, then EXIF with camera, orientation and GPS. */
export function jpegPhoto(options: PhotoOptions = {}): Uint8Array {
  const width = options.width ?? 16;
  const height = options.height ?? 8;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 13) % 256, (i * 7) % 256, 200, 255], i * 4);
  const plain = new Uint8Array(jpeg.encode({ data, width, height }, 90).data);
  const extra: Uint8Array[] = [];
  if (options.gps || options.orientation) extra.push(segment(0xe1, concat([ascii('Exif\0\0'), exifTiff(options)])));
  if (options.comment) extra.push(segment(0xfe, ascii(options.comment)));
  if (options.jfxxThumbnailGps) {
    const thumbnail = jpegPhoto({ width: 8, height: 8, gps: options.jfxxThumbnailGps });
    // Extension code 0x10: "thumbnail coded using JPEG", the whole file follows.
    extra.push(segment(0xe0, concat([ascii('JFXX\0'), Uint8Array.of(0x10), thumbnail])));
  }
  if (options.iccText) extra.push(segment(0xe2, concat([ascii('ICC_PROFILE\0'), Uint8Array.of(1, 1), iccProfile(options.iccText)])));
  // After SOI and the JFIF APP0, like a camera writes it.
  const app0End = 2 + 2 + ((plain[4]! << 8) | plain[5]!);
  return concat([plain.subarray(0, app0End), ...extra, plain.subarray(app0End), options.trailer ?? new Uint8Array()]);
}

/** Pixels of a JPEG, to prove a stripped photo still shows the same picture. */
export function jpegPixels(bytes: Uint8Array): { width: number; height: number; data: Uint8Array } {
  const decoded = jpeg.decode(bytes, { useTArray: true });
  return { width: decoded.width, height: decoded.height, data: decoded.data };
}

export interface PngOptions {
  /** A tEXt chunk (as editors write author or location into). */
  text?: string;
  /** A compressed zTXt chunk with this text. */
  compressedText?: string;
  /** An international iTXt chunk (UTF-8) with this text. */
  internationalText?: string;
  /** An eXIf chunk with this GPS position. */
  gps?: { latitude: number; longitude: number };
  /** An iCCP chunk whose profile (and profile name) hold this text. */
  iccText?: string;
  trailer?: Uint8Array;
}

/**
 * GPS positions exifr finds anywhere in these bytes: in the file itself, and in every JPEG or TIFF
 * block that starts somewhere inside it (a thumbnail, a second picture, a stray EXIF block). A
 * reader that only follows the outer file's segments would miss a thumbnail that still has them.
 */
export async function gpsAnywhere(bytes: Uint8Array): Promise<unknown[]> {
  const buffer = Buffer.from(bytes);
  const found: unknown[] = [];
  for (const start of [Buffer.of(0xff, 0xd8, 0xff), Buffer.from('II*\0', 'latin1'), Buffer.from('MM\0*', 'latin1')]) {
    for (let at = buffer.indexOf(start); at >= 0; at = buffer.indexOf(start, at + 1)) {
      const gps = await exifr.gps(buffer.subarray(at)).catch(() => undefined);
      if (gps) found.push(gps);
    }
  }
  return found;
}

/** Whether `text` is in the bytes as ASCII/UTF-8 or as UTF-16 (either byte order), as ICC and EXIF store text. */
export function holdsText(bytes: Uint8Array, text: string): boolean {
  const buffer = Buffer.from(bytes);
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  return [Buffer.from(text, 'utf8'), utf16le, utf16be].some((needle) => buffer.includes(needle));
}

/** A 2×1 PNG, optionally with the metadata chunks editors and phones write. */
export function pngImage(options: PngOptions = {}): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 2);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const pixels = deflateSync(Uint8Array.of(0, 255, 0, 0, 0, 0, 255));
  return concat([
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    pngChunk('IHDR', ihdr),
    ...(options.iccText ? [pngChunk('iCCP', concat([ascii(`${options.iccText}\0`), Uint8Array.of(0), deflateSync(iccProfile(options.iccText))]))] : []),
    ...(options.text ? [pngChunk('tEXt', ascii(`Comment\0${options.text}`))] : []),
    ...(options.compressedText ? [pngChunk('zTXt', concat([ascii('Comment\0'), Uint8Array.of(0), deflateSync(Buffer.from(options.compressedText, 'latin1'))]))] : []),
    ...(options.internationalText ? [pngChunk('iTXt', concat([ascii('Location\0'), Uint8Array.of(0, 0), ascii('nl\0Plaats\0'), Uint8Array.from(Buffer.from(options.internationalText, 'utf8'))]))] : []),
    ...(options.gps ? [pngChunk('eXIf', exifTiff({ gps: options.gps }))] : []),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', new Uint8Array()),
    options.trailer ?? new Uint8Array(),
  ]);
}

/** Chunk types of a PNG, in order. */
export function pngChunkTypes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  for (let pos = 8; pos + 12 <= bytes.length; pos += 12 + view.getUint32(pos)) types.push(Buffer.from(bytes.subarray(pos + 4, pos + 8)).toString('latin1'));
  return types;
}

/** A one-page PDF; `objects` adds raw objects (an action, an attachment) before the trailer. */
export function pdfDocument(options: { objects?: string[]; after?: Uint8Array } = {}): Uint8Array {
  const body = [
    '%PDF-1.7',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    ...(options.objects ?? []),
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
  return concat([ascii(body), options.after ?? new Uint8Array()]);
}

/** A PDF whose objects sit compressed in an object stream, as modern PDF writers do. */
export function pdfWithObjectStream(packed: string): Uint8Array {
  const stream = deflateSync(Buffer.from(packed, 'latin1'));
  const head = ascii(`%PDF-1.7\n4 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`);
  const tail = ascii('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  return concat([head, stream, tail]);
}

/** The end of a ZIP archive (an empty one); glued after a file it makes a ZIP polyglot. */
export const emptyZip = Uint8Array.of(0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0));

export function ascii(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'latin1'));
}

export function concat(parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

/**
 * A small ICC v2 profile as colour tools write it: a 128-byte header (with the maker and model of
 * the device), a tag table, and text tags: the description ('desc', ASCII plus a UTF-16 copy) and
 * the copyright ('cprt'). Enough for a reader to find the text where real profiles keep it.
 */
export function iccProfile(text: string): Uint8Array {
  const be32 = (n: number) => Uint8Array.of((n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  const pad4 = (b: Uint8Array) => (b.length % 4 ? concat([b, new Uint8Array(4 - (b.length % 4))]) : b);
  const utf16 = Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
  const desc = pad4(concat([ascii('desc'), new Uint8Array(4), be32(text.length + 1), ascii(`${text}\0`), be32(0), be32(text.length + 1), utf16, new Uint8Array(2), new Uint8Array(3 + 67)]));
  const cprt = pad4(concat([ascii('text'), new Uint8Array(4), ascii(`${text}\0`)]));
  const tags = [['desc', desc], ['cprt', cprt]] as const;
  const tableSize = 4 + tags.length * 12;
  let at = 128 + tableSize;
  const table: Uint8Array[] = [be32(tags.length)];
  for (const [signature, data] of tags) {
    table.push(ascii(signature), be32(at), be32(data.length));
    at += data.length;
  }
  const header = new Uint8Array(128);
  header.set(be32(at), 0);
  header.set(ascii('appl'), 4); // preferred CMM
  header.set(Uint8Array.of(2, 0x10, 0, 0), 8); // version 2.1
  header.set(ascii('mntrRGB XYZ '), 12);
  header.set(ascii('acsp'), 36);
  header.set(ascii('APPL'), 40); // platform
  header.set(ascii('OnsPhone'), 48); // device manufacturer and model
  return concat([header, ...table, ...tags.map(([, data]) => data)]);
}

function segment(marker: number, body: Uint8Array): Uint8Array {
  const length = body.length + 2;
  return concat([Uint8Array.of(0xff, marker, length >> 8, length & 0xff), body]);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat([ascii(type), data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

interface Entry {
  tag: number;
  /** 1 BYTE, 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL */
  type: 1 | 2 | 3 | 4 | 5;
  count: number;
  value: Uint8Array;
}

/** A little-endian TIFF block: IFD0 with Make, Orientation and a pointer to a GPS IFD. */
function exifTiff(options: PhotoOptions): Uint8Array {
  const le16 = (n: number) => Uint8Array.of(n & 0xff, n >> 8);
  const le32 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  const text = (s: string): Entry['value'] => ascii(`${s}\0`);
  const rationals = (degrees: number) => {
    const d = Math.floor(degrees);
    const m = Math.floor((degrees - d) * 60);
    const s = Math.round(((degrees - d) * 60 - m) * 60 * 1000);
    return concat([le32(d), le32(1), le32(m), le32(1), le32(s), le32(1000)]);
  };
  const ifd0: Entry[] = [{ tag: 0x010f, type: 2, count: 9, value: text('OnsPhone') }];
  if (options.orientation) ifd0.push({ tag: 0x0112, type: 3, count: 1, value: le16(options.orientation) });
  const gps: Entry[] | undefined = options.gps && [
    { tag: 0x0000, type: 1, count: 4, value: Uint8Array.of(2, 3, 0, 0) },
    { tag: 0x0001, type: 2, count: 2, value: text(options.gps.latitude >= 0 ? 'N' : 'S') },
    { tag: 0x0002, type: 5, count: 3, value: rationals(Math.abs(options.gps.latitude)) },
    { tag: 0x0003, type: 2, count: 2, value: text(options.gps.longitude >= 0 ? 'E' : 'W') },
    { tag: 0x0004, type: 5, count: 3, value: rationals(Math.abs(options.gps.longitude)) },
  ];
  const ifdSize = (n: number) => 2 + 12 * n + 4;
  const dataSize = (entries: Entry[]) => entries.reduce((n, e) => n + (e.value.length > 4 ? e.value.length + (e.value.length % 2) : 0), 0);
  const ifd0Count = ifd0.length + (gps ? 1 : 0);
  const gpsOffset = 8 + ifdSize(ifd0Count) + dataSize(ifd0);
  if (gps) ifd0.push({ tag: 0x8825, type: 4, count: 1, value: le32(gpsOffset) });
  const write = (entries: Entry[], at: number): Uint8Array[] => {
    let dataAt = at + ifdSize(entries.length);
    const head: Uint8Array[] = [le16(entries.length)];
    const data: Uint8Array[] = [];
    for (const e of [...entries].sort((a, b) => a.tag - b.tag)) {
      head.push(le16(e.tag), le16(e.type), le32(e.count));
      if (e.value.length <= 4) head.push(concat([e.value, new Uint8Array(4 - e.value.length)]));
      else {
        head.push(le32(dataAt));
        const padded = e.value.length % 2 ? concat([e.value, new Uint8Array(1)]) : e.value;
        data.push(padded);
        dataAt += padded.length;
      }
    }
    head.push(le32(0));
    return [...head, ...data];
  };
  return concat([
    Uint8Array.of(0x49, 0x49, 0x2a, 0x00), le32(8),
    ...write(ifd0, 8),
    ...(gps ? write(gps, gpsOffset) : []),
  ]);
}
