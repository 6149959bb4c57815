import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client.ts';
import { errorsFromProblem } from './form-errors.ts';

const words = (code: string, field: string | undefined) => `${code}:${field ?? '-'}`;

describe('errorsFromProblem', () => {
  it('puts each field the server named on the form field it belongs to', () => {
    const problem = new ApiProblem('ongeldige-invoer', 400, ['/birthDate', 'firstName']);
    expect(errorsFromProblem(problem, { birthDate: 'lid-geboortedatum', firstName: 'lid-voornaam' }, words)).toEqual({
      'lid-geboortedatum': 'ongeldige-invoer:birthDate',
      'lid-voornaam': 'ongeldige-invoer:firstName',
    });
  });

  it('keeps a problem without a known field as a general error, so it is not lost', () => {
    expect(errorsFromProblem(new ApiProblem('niet-toegestaan', 403), { name: 'naam' }, words)).toEqual({ general: 'niet-toegestaan:-' });
    expect(errorsFromProblem(new Error('network'), {}, words)).toEqual({ general: 'interne-fout:-' });
  });
});
