import { AppError } from '../http/problems.ts';
import { ascii, concat, startsWith } from './bytes.ts';

/**
 * Rewrites a JPEG without its metadata (REQUIREMENTS C5): EXIF (with GPS, camera serial numbers and
 * the thumbnail), XMP, IPTC, comments, maker segments and anything after the end of the image (phone
 * "motion photos" and maker trailers). Only what a viewer needs to draw the picture stays: the image
 * segments, JFIF, the ICC colour profile and Adobe's colour transform.
 *
 * The orientation is the one EXIF value kept, written back as a new EXIF block with that single tag:
 * without it a photo taken upright on a phone shows sideways to the professional.
 */
export function stripJpegMetadata(input: Uint8Array): Uint8Array {
  if (input[0] !== 0xff || input[1] !== SOI) throw damaged();
  const kept: Uint8Array[] = [];
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
    if (marker === APP1 && startsWith(body, EXIF)) orientation = readOrientation(body.subarray(EXIF.length)) ?? orientation;
    if (keepSegment(marker, body)) kept.push(concat([Uint8Array.of(0xff, marker), segment]));
    else if (!isDroppable(marker)) throw damaged();
  }
  if (!sawFrame) throw damaged();
  // JFIF wants its APP0 first; the orientation block follows it.
  let jfifCount = 0;
  while (kept[jfifCount]?.[1] === APP0) jfifCount++;
  const orientationBlock = orientation && orientation > 1 ? [orientationSegment(orientation)] : [];
  return concat([Uint8Array.of(0xff, SOI), ...kept.slice(0, jfifCount), ...orientationBlock, ...kept.slice(jfifCount), Uint8Array.of(0xff, EOI)]);
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;
const EXIF = ascii('Exif\0\0');

const damaged = () => new AppError('bestand-klopt-niet', { detail: 'Dit is geen goede JPG-foto.' });

/** RSTn and TEM have no length. */
const isStandalone = (m: number) => (m >= 0xd0 && m <= 0xd7) || m === 0x01;

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
const isFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** Segments a decoder needs: tables, frames, restart interval, line count and the colour profile. */
function keepSegment(marker: number, body: Uint8Array): boolean {
  if (isFrame(marker)) return true;
  // DHT, DAC, DQT, DNL, DRI, DHP, EXP
  if ([0xc4, 0xcc, 0xdb, 0xdc, 0xdd, 0xde, 0xdf].includes(marker)) return true;
  if (marker === APP0) return startsWith(body, ascii('JFIF\0')) || startsWith(body, ascii('JFXX\0'));
  if (marker === APP2) return startsWith(body, ascii('ICC_PROFILE\0'));
  if (marker === APP14) return startsWith(body, ascii('Adobe'));
  return false;
}

/** Metadata we drop: every other APPn and comments. Any other marker means a file we do not understand. */
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
