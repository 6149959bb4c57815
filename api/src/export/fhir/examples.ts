import type { MyDataExport } from '@onsplan/shared';
import { exportContext, type ExportContext } from './context.ts';

/** A small export of Samira's, for the mappers' unit tests: she, her son, one plan with an agreement and a doel. */
export const exampleExport: MyDataExport = {
  exportedAt: '2026-11-24T10:00:00.000Z',
  familyId: 'f0000000-0000-4000-8000-000000000001',
  family: {
    id: 'f0000000-0000-4000-8000-000000000001',
    name: 'Gezin Jansen',
    members: [
      {
        id: 'm0000000-0000-4000-8000-000000000001',
        firstName: 'Samira',
        role: 'ouder',
        isMe: true,
        fields: [
          { id: 'v0000000-0000-4000-8000-000000000001', field: 'adres', value: 'Lindelaan 12, Utrecht', readers: { members: [], helpers: [], professionals: [] } },
          { id: 'v0000000-0000-4000-8000-000000000002', field: 'telefoon', value: '0612345678', readers: { members: [], helpers: [], professionals: [] } },
        ],
      },
      { id: 'm0000000-0000-4000-8000-000000000002', firstName: 'Daan', role: 'jeugdige', isMe: false, fields: [] },
    ],
  },
  plan: {
    familyId: 'f0000000-0000-4000-8000-000000000001',
    planId: 'p0000000-0000-4000-8000-000000000001',
    title: 'Ons plan',
    summary: 'Wie doet wat.',
    version: { id: 'p0000000-0000-4000-8000-000000000002', number: 2, publishedAt: '2026-11-20T10:00:00.000Z' },
    items: [
      {
        id: 'i0000000-0000-4000-8000-000000000001',
        key: 'k0000000-0000-4000-8000-000000000001',
        section: 'veiligheid',
        kind: 'afspraak',
        position: 1,
        what: 'Opa haalt Daan op.',
        who: 'Opa Henk',
        when: 'Dinsdag',
        whatIf: 'Dan belt Samira de school.',
        readers: { members: [], helpers: [], professionals: [] },
      },
      {
        id: 'i0000000-0000-4000-8000-000000000002',
        key: 'k0000000-0000-4000-8000-000000000002',
        section: 'hulpverlening',
        kind: 'doel',
        position: 2,
        what: 'Samira voelt zich veilig.',
        who: 'Samira',
        when: 'Elke twee weken',
        scale: 6,
        scaleLow: 'Niet veilig',
        scaleHigh: 'Helemaal veilig',
        readers: { members: [], helpers: [], professionals: [] },
      },
    ],
  },
  comments: null,
  instemming: null,
  toestemming: null,
  correctieverzoeken: null,
  eigenVerklaringen: null,
  documents: null,
  contactChanges: null,
  contact: null,
  agenda: null,
  scores: null,
  accessLog: null,
};

export const exampleContext: ExportContext = exportContext(exampleExport);
