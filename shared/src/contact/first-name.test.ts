import { describe, expect, it } from 'vitest';
import { firstName } from './first-name.ts';

describe('firstName', () => {
  it('is the first word of a full name, whatever the spaces', () => {
    expect(firstName('Ria Bakker')).toBe('Ria');
    expect(firstName('  Samira  El Amrani ')).toBe('Samira');
    expect(firstName('Willem')).toBe('Willem');
  });
  it('keeps a name without words as it is', () => {
    expect(firstName('')).toBe('');
  });
});
