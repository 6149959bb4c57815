import { problemOf, type ProblemCode } from '@onsplan/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { sendProblem } from './problems.ts';
import { apiVersion, apiVersionHeader } from './api-version.ts';
import { applySecurityHeaders, noStore, securityHeaders } from './security.ts';

/**
 * REQUIREMENTS C6 before routing. Fastify answers a bad URL or a too long path parameter, and Node
 * a broken or too large request, with their own JSON naming internal codes; these handlers answer
 * with the catalogue instead. No hook of ours runs on this path, so the headers are set here.
 */

const routerCodes: Record<string, ProblemCode> = {
  FST_ERR_BAD_URL: 'ongeldige-invoer',
  FST_ERR_MAX_PARAM_LENGTH: 'adres-te-lang',
};

/** Fastify's `frameworkErrors`: the router could not read the URL (bad encoding, too long a parameter). */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  applySecurityHeaders(request, reply);
  sendProblem(reply, problemOf(routerCodes[error.code] ?? 'interne-fout'));
}

const socketCodes: Record<string, ProblemCode> = {
  ERR_HTTP_REQUEST_TIMEOUT: 'te-traag',
  HPE_HEADER_OVERFLOW: 'kopregels-te-groot',
};

/**
 * Fastify's `clientErrorHandler`: Node could not parse the request, so there is no request object,
 * only the socket. Writes one problem+json answer and closes the connection.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // The other side is gone (a reset or a closed tab): nobody is left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem = problemOf((error.code && socketCodes[error.code]) || 'ongeldige-invoer');
  const body = JSON.stringify(problem);
  const headers: Record<string, string | number> = {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': noStore,
    ...securityHeaders,
    [apiVersionHeader]: apiVersion,
    connection: 'close',
  };
  const head = [`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * Node answers an `Expect` it does not know with a bare 417 of its own. RFC 9110 (10.1.1) lets a
 * server ignore such an expectation, so the request goes through the API like any other, with all
 * its checks, and any error it meets is problem+json.
 */
export function passUnknownExpectations(server: Server): void {
  server.on('checkExpectation', (request, response) => server.emit('request', request, response));
}
