import { AppError } from '../http/problems.ts';
import { ascii, concat, startsWith } from './bytes.ts';

/**
 * Rewrites a JPEG without its metadata (REQUIREMENTS C5). What stays is only what a viewer needs to
 * draw the picture the right way up:
 * - the image segments (frame, tables, restart interval, scans), byte for byte;
 * - JFIF and Adobe's colour transform, each written anew from its few fixed fields, so a thumbnail
 *   or text tucked in after those fields goes;
 * - the orientation, the one EXIF value kept, as a new EXIF block with that single tag: without it
 *   a photo taken upright on a phone shows sideways to the professional.
 *
 * Everything else goes: EXIF (GPS, camera serial numbers, its thumbnail), XMP, IPTC, the JFXX
 * extension of APP0 (a thumbnail that is a whole JPEG with its own EXIF and GPS), MPF second
 * pictures, maker segments, comments, and anything after the end of the image (motion photos).
 *
 * The ICC colour profile goes too. A profile is free-form: its description, copyright, device and
 * "viewing conditions" tags are text (a profile made on a home PC can be called "Lindelaan 12"),
 * its header names the device maker and model and a creation time, and any private tag can hold
 * anything. Keeping one safely means parsing and rewriting an attacker's tag table and offsets in
 * the upload path; dropping it costs little here: without a profile a viewer takes the colours as
 * sRGB, which nearly every phone photo is, and a wide-gamut (Display P3) photo only looks a little
 * less saturated. What a photo of a letter, a room or an injury shows stays the same.
 */
export function stripJpegMetadata(input: Uint8Array): Uint8Array {
  if (input[0] !== 0xff || input[1] !== SOI) throw damaged();
  const kept: Uint8Array[] = [];
  let jfif: Uint8Array | undefined;
  let orientation: number | undefined;
  let sawFrame = false;
  let pos = 2;
  for (;;) {
    if (input[pos] !== 0xff) throw damaged();
    while (input[pos] === 0xff) pos++;
    const marker = input[pos++];
    if (marker === undefined || marker === 0x00) throw damaged();
    if (marker === EOI) break;
    if (marker === SOI) throw damaged();
    if (isStandalone(marker)) {
      kept.push(Uint8Array.of(0xff, marker));
      continue;
    }
    if (pos + 2 > input.length) throw damaged();
    const length = (input[pos]! << 8) | input[pos + 1]!;
    if (length < 2 || pos + length > input.length) throw damaged();
    const segment = input.subarray(pos, pos + length);
    const body = segment.subarray(2);
    pos += length;
    if (marker === SOS) {
      if (!sawFrame) throw damaged();
      const end = endOfScan(input, pos);
      kept.push(concat([Uint8Array.of(0xff, marker), segment, input.subarray(pos, end)]));
      pos = end;
      continue;
    }
    if (isFrame(marker)) sawFrame = true;
    if (isImageSegment(marker)) kept.push(concat([Uint8Array.of(0xff, marker), segment]));
    else if (marker === APP0 && startsWith(body, JFIF)) jfif ??= jfifSegment(body);
    else if (marker === APP14 && startsWith(body, ADOBE)) kept.push(...adobeSegment(body));
    else if (marker === APP1 && startsWith(body, EXIF)) orientation = readOrientation(body.subarray(EXIF.length)) ?? orientation;
    else if (!isDroppable(marker)) throw damaged();
  }
  if (!sawFrame) throw damaged();
  // JFIF wants its APP0 first; the orientation block follows it.
  const orientationBlock = orientation && orientation > 1 ? [orientationSegment(orientation)] : [];
  return concat([Uint8Array.of(0xff, SOI), ...(jfif ? [jfif] : []), ...orientationBlock, ...kept, Uint8Array.of(0xff, EOI)]);
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP14 = 0xee;
const COM = 0xfe;
const EXIF = ascii('Exif\0\0');
const JFIF = ascii('JFIF\0');
const ADOBE = ascii('Adobe');

const damaged = () => new AppError('bestand-klopt-niet', { detail: 'Dit is geen goede JPG-foto.' });

/** RSTn and TEM have no length. */
const isStandalone = (m: number) => (m >= 0xd0 && m <= 0xd7) || m === 0x01;

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
const isFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** Segments a decoder needs to draw the picture: frames, and the tables and restart interval. */
function isImageSegment(marker: number): boolean {
  if (isFrame(marker)) return true;
  // DHT, DAC, DQT, DNL, DRI, DHP, EXP
  return [0xc4, 0xcc, 0xdb, 0xdc, 0xdd, 0xde, 0xdf].includes(marker);
}

/**
 * JFIF with its version and pixel density (how large it prints) and no thumbnail: the header may
 * carry an uncompressed thumbnail after those fields, and that is a copy of the picture as it was
 * before an edit (a face blurred, a street sign cut off). Too short to hold its fields: dropped,
 * since decoders do not need JFIF.
 */
function jfifSegment(body: Uint8Array): Uint8Array | undefined {
  if (body.length < 14) return undefined;
  const [major, minor, units, xHigh, xLow, yHigh, yLow] = body.subarray(5, 12);
  return Uint8Array.of(0xff, APP0, 0, 16, ...JFIF, major!, minor!, units!, xHigh!, xLow!, yHigh!, yLow!, 0, 0);
}

/**
 * Adobe's segment tells a decoder how the colours are coded (RGB, YCbCr, YCCK); only that byte is
 * kept. Too short to hold it: dropped, and the decoder goes by its defaults, as for any JPEG without.
 */
function adobeSegment(body: Uint8Array): Uint8Array[] {
  if (body.length < 12) return [];
  return [Uint8Array.of(0xff, APP14, 0, 14, ...ADOBE, 0, 100, 0, 0, 0, 0, body[11]!)];
}

/** Metadata we drop: every other APPn (ICC, JFXX, XMP, MPF, …) and comments. Any other marker means a file we do not understand. */
const isDroppable = (m: number) => (m >= APP0 && m <= 0xef) || m === COM;

/** Where the entropy-coded data after a SOS header ends: the next marker that is not a stuffed byte or RSTn. */
function endOfScan(input: Uint8Array, from: number): number {
  let pos = from;
  while (pos < input.length) {
    if (input[pos] === 0xff) {
      const next = input[pos + 1];
      if (next === 0x00 || (next !== undefined && next >= 0xd0 && next <= 0xd7)) {
        pos += 2;
        continue;
      }
      return pos;
    }
    pos++;
  }
  throw damaged();
}

/** Reads tag 0x0112 (Orientation) from IFD0 of a TIFF block; undefined when absent or malformed. */
export function readOrientation(tiff: Uint8Array): number | undefined {
  if (tiff.length < 8) return undefined;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (view.getUint16(2, little) !== 42) return undefined;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return undefined;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) === 0x0112 && view.getUint16(entry + 2, little) === 3) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 EXIF segment that holds only the orientation (big-endian TIFF, one IFD entry). */
function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [...EXIF, ...tiff];
  const length = body.length + 2;
  return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...body]);
}
