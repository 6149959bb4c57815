import { crc32 } from 'node:zlib';
import { AppError } from '../http/problems.ts';
import { concat, latin1 } from './bytes.ts';

export const pngSignature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/**
 * Chunks a viewer needs to draw the picture in the right colours, and animation; each holds only
 * numbers. Everything else goes: text chunks (tEXt, zTXt, iTXt: author, comments, software, a
 * place), eXIf (camera and GPS), tIME, and any chunk we do not know. iCCP goes too, for the reason
 * given in `jpeg.ts`: an ICC profile and its name are free text and name the device. The number-only
 * colour chunks (sRGB, gAMA, cHRM, cICP) stay, so most images keep their colours without it.
 */
const keptChunks = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'cHRM', 'gAMA', 'sBIT', 'sRGB', 'cICP', 'mDCV', 'cLLI', 'bKGD', 'hIST', 'pHYs', 'acTL', 'fcTL', 'fdAT']);

const damaged = () => new AppError('bestand-klopt-niet', { detail: 'Dit is geen goede PNG-afbeelding.' });

/** Rewrites a PNG without its metadata chunks and without anything after IEND (REQUIREMENTS C5). */
export function stripPngMetadata(input: Uint8Array): Uint8Array {
  if (!pngSignature.every((b, i) => input[i] === b)) throw damaged();
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const kept: Uint8Array[] = [pngSignature];
  let pos = pngSignature.length;
  let first = true;
  for (;;) {
    if (pos + 12 > input.length) throw damaged();
    const length = view.getUint32(pos);
    const end = pos + 12 + length;
    if (length > 0x7fffffff || end > input.length) throw damaged();
    const typeAndData = input.subarray(pos + 4, pos + 8 + length);
    const type = latin1(typeAndData.subarray(0, 4));
    if (!/^[A-Za-z]{4}$/.test(type) || (first && type !== 'IHDR')) throw damaged();
    if (crc32(typeAndData) !== view.getUint32(pos + 8 + length)) throw damaged();
    // An unknown chunk that is critical (upper-case first letter) means we cannot vouch for the file.
    const critical = type.charCodeAt(0) < 0x61;
    if (keptChunks.has(type)) kept.push(input.subarray(pos, end));
    else if (critical) throw damaged();
    first = false;
    pos = end;
    if (type === 'IEND') break;
  }
  return concat(kept);
}
