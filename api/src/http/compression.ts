import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this an answer is sent as it is: compressing it costs more than it saves. */
export const compressFromBytes = 1024;

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (q=0 refuses one); undefined: send it as it is. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name!.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (e: Encoding) => accepted.get(e) ?? (accepted.get('*') ?? 0);
  const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best;
}

const compressible = (type: string) => /^(application\/(json|problem\+json|manifest\+json|fhir\+json)|text\/)/.test(type);

/**
 * Compresses JSON and HTML answers over about 1 kB (a sync or an export is megabytes in a big
 * family; on a prepaid phone every kilobyte counts). Files of the built portal come precompressed
 * from disk (@fastify/static, preCompressed) and do not pass through here.
 *
 * BREACH: compressing an answer that holds both a secret and text an attacker chose can leak the
 * secret through the answer's length. No answer here holds a secret to steal that way: the CSRF
 * check is a request header (x-ons-plan) and the Origin, never a token in a body, and the session
 * is an HttpOnly cookie that no answer repeats.
 */
export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding') || request.method === 'HEAD') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!compressible(type)) return payload;
    reply.header('vary', varyWith(reply.getHeader('vary')));
    const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
    if (size < compressFromBytes) return payload;
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    // Brotli at a low quality: nearly gzip's speed, smaller answers; the API compresses on every read.
    const body = encoding === 'br' ? await brotli(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: size } }) : await gzipAsync(payload, { level: 6 });
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return body;
  });
}

function varyWith(current: unknown): string {
  const values = String(current ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return values.some((v) => v.toLowerCase() === 'accept-encoding') ? values.join(', ') : [...values, 'Accept-Encoding'].join(', ');
}
