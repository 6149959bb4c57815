import { describe, expect, it } from 'vitest';
import { contactInputFields } from '../contact/contact-details.ts';
import { NewContactChangeSchema } from './contact-changes.ts';

/** The flat wire schema of a proposal is built from the per-kind shapes; it must name exactly what the form and `checkContactInput` know. */
describe('a proposal on the wire', () => {
  const schema = NewContactChangeSchema as unknown as { properties: Record<string, { enum?: string[] }>; required: string[]; additionalProperties: boolean };

  it('holds the kind, the client id and every input field of every kind, and nothing else', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['clientId', 'field', ...Object.values(contactInputFields).flat()].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it('knows the same kinds as the form', () => {
    expect(schema.properties.field!.enum).toEqual(Object.keys(contactInputFields));
  });

  it('leaves the kind\'s own fields to checkContactInput, which names every missing one at once', () => {
    expect(schema.required).toEqual(['clientId', 'field']);
  });
});
