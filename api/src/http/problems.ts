import { problemOf, type Problem, type ProblemCode } from '@onsplan/shared';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

/** An expected failure with a stable code; the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly code: ProblemCode;
  readonly extra: Partial<Pick<Problem, 'detail' | 'retryAfter' | 'fields'>>;
  readonly statusCode: number;

  constructor(code: ProblemCode, extra: Partial<Pick<Problem, 'detail' | 'retryAfter' | 'fields'>> = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.extra = extra;
    this.statusCode = problemOf(code).status;
  }
}

/** Not found and not allowed answer the same, so nobody learns that something hidden exists. */
export const notFound = () => new AppError('niet-gevonden');

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.retryAfter !== undefined) reply.header('retry-after', String(problem.retryAfter));
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

const fastifyCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'verkeerd-formaat',
  FST_ERR_CTP_BODY_TOO_LARGE: 'te-groot',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'ongeldige-invoer',
  FST_ERR_CTP_INVALID_JSON_BODY: 'ongeldige-invoer',
  FST_ERR_VALIDATION: 'ongeldige-invoer',
};

/** One error handler for the whole API: known problems keep their code, the rest is a 500 without detail. */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, problemOf(error.code, error.extra));
    if ('validation' in error && error.validation) {
      const fields = [...new Set(error.validation.map((v) => (v.instancePath || (v.params as { missingProperty?: string })?.missingProperty || (v.params as { additionalProperty?: string })?.additionalProperty || '').replace(/^\//, '')).filter(Boolean))];
      return sendProblem(reply, problemOf('ongeldige-invoer', { fields }));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return sendProblem(reply, problemOf(known));
    if (error.statusCode === 429) return sendProblem(reply, problemOf('te-veel-pogingen', { retryAfter: 60 }));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return sendProblem(reply, problemOf('ongeldige-invoer'));
    // Only the error's kind and message go to the log: no bodies, cookies or personal data.
    request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'request failed');
    return sendProblem(reply, problemOf('interne-fout'));
  });
}
