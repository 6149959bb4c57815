import { describe, expect, it } from 'vitest';
import { workPathFor } from './from-member-tree.ts';

const f = '7d9c1f2e-0000-4000-8000-000000000001';

describe('a professional who opens a member-tree address', () => {
  it.each([
    ['/verzoeken', '', '/werk/verzoeken'],
    [`/plan/${f}`, '', `/werk/gezinnen/${f}/plan`],
    [`/plan/${f}/`, '', `/werk/gezinnen/${f}/plan`],
    [`/plan/${f}`, '#onderdeel-x', `/werk/gezinnen/${f}/plan`],
    [`/plan/${f}/verzoeken`, '', `/werk/gezinnen/${f}/verzoeken`],
    [`/plan/${f}/verzoeken/nieuw`, '', `/werk/gezinnen/${f}/verzoeken`],
    [`/plan/${f}/instemming`, '', `/werk/gezinnen/${f}/instemming`],
    [`/plan/${f}/contact/`, '', `/werk/gezinnen/${f}/contact`],
    [`/plan/${f}/documenten`, '', `/werk/gezinnen/${f}/documenten`],
    [`/plan/${f}/toestemming`, '', `/werk/gezinnen/${f}/toestemming`],
    [`/plan/${f}/toestemming/`, '#vragen', `/werk/gezinnen/${f}/toestemming`],
    [`/plan/${f}/hoe-gaat-het`, '', `/werk/gezinnen/${f}/scores`],
    [`/plan/${f}/bekeken`, '', `/werk/gezinnen/${f}`],
    [`/plan/${f}/mijn-gegevens`, '', `/werk/gezinnen/${f}`],
    [`/plan/${f}/wat-vindt-u-ervan`, '', `/werk/gezinnen/${f}`],
  ])('%s goes to the workspace', (path, hash, expected) => {
    expect(workPathFor(path, hash)).toBe(expected);
  });

  it('opens a request the old link marked, at itself', () => {
    expect(workPathFor(`/plan/${f}/verzoeken`, '#verzoek-abc-123')).toBe(`/werk/gezinnen/${f}/verzoeken/abc-123`);
  });

  it('leaves the family chooser and unknown screens where they are', () => {
    for (const path of [`/plan/${f}/onbekend`, '/plan', '/apparaten']) expect(workPathFor(path)).toBeUndefined();
  });
});
