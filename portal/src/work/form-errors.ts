import { ApiProblem } from '../api/client.ts';

/** Errors of a workspace form by field id, in the order the fields appear. */
export type FieldErrors = Record<string, string>;

/**
 * The server's answer to a form as errors per field: the problem's `fields` name the input (e.g.
 * `birthDate`, `/birthDate`), which `fieldIds` maps to the form's own field ids. A problem without a
 * field that this form knows goes to `general`, so nothing the server said is lost.
 */
export function errorsFromProblem(error: unknown, fieldIds: Record<string, string>, messageOf: (code: string, field: string | undefined) => string): FieldErrors {
  if (!(error instanceof ApiProblem)) return { general: messageOf('interne-fout', undefined) };
  const errors: FieldErrors = {};
  for (const raw of error.fields) {
    const field = raw.replace(/^\//, '').split('/')[0]!;
    const id = fieldIds[field];
    if (id) errors[id] = messageOf(error.code, field);
  }
  if (!Object.keys(errors).length) errors.general = messageOf(error.code, undefined);
  return errors;
}
