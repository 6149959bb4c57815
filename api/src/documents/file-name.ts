import type { DocumentContentType } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { documentKinds } from './content.ts';

/** Extensions that name a type of file; one of these that does not fit the content is a mismatch. */
const typedExtensions = new Set([
  ...Object.values(documentKinds).flatMap((k) => k.extensions),
  'gif', 'webp', 'heic', 'heif', 'avif', 'bmp', 'tif', 'tiff', 'svg', 'svgz', 'ico',
  'html', 'htm', 'xhtml', 'shtml', 'mht', 'xml', 'xsl', 'js', 'mjs', 'php', 'swf',
  'exe', 'msi', 'dll', 'bat', 'cmd', 'com', 'scr', 'ps1', 'vbs', 'sh', 'jar', 'apk',
  'zip', 'rar', '7z', 'gz', 'tar', 'doc', 'docx', 'docm', 'xls', 'xlsx', 'xlsm', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'txt', 'csv',
  'mp3', 'mp4', 'mov', 'avi', 'wav',
]);

const maxBaseLength = 100;

/**
 * The name shown for an upload. Only ever a label: the file on disk has a generated name. Path parts
 * (`../../etc/passwd` becomes `passwd`), control and direction characters (which can make `gpj.exe`
 * read as `exe.jpg`) and characters that Windows refuses go; the extension always fits the content.
 * A name whose extension says another type (`brief.pdf` holding a photo) is refused.
 */
export function displayName(raw: string, contentType: DocumentContentType): string {
  const extensions = documentKinds[contentType].extensions;
  const last = raw.normalize('NFC').split(/[/\\]/).filter(Boolean).pop() ?? '';
  let name = last
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  let base = name;
  let suffix = extensions[0]!;
  if (ext && extensions.includes(ext)) {
    base = name.slice(0, -(ext.length + 1));
    suffix = ext;
  } else if (ext && typedExtensions.has(ext)) {
    throw new AppError('bestand-klopt-niet', { detail: `De naam eindigt op .${ext}, maar de inhoud past daar niet bij.` });
  }
  base = [...base].slice(0, maxBaseLength).join('').replace(/[\s.]+$/, '');
  name = `${base || 'document'}.${suffix}`;
  return name;
}

/**
 * `Content-Disposition` for a download (RFC 6266): always an attachment, so a browser saves it
 * instead of opening it in the portal's origin. Plain ASCII for old clients, UTF-8 per RFC 5987.
 */
export function contentDisposition(name: string): string {
  const fallback = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The file name header as the portal sends it (percent-encoded UTF-8); undefined when it is not. */
export function decodeNameHeader(value: string): string | undefined {
  try {
    const name = decodeURIComponent(value);
    return name.trim() ? name : undefined;
  } catch {
    return undefined;
  }
}
