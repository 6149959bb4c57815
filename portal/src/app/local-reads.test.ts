import type { SyncRecord } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import { paths } from '../api/paths.ts';
import { assemble, localTarget } from './local-reads.ts';

const f = '6f1c2a7e-0000-4000-8000-000000000001';
const records: SyncRecord[] = [
  { kind: 'gezin', id: f, data: { id: f, name: 'Gezin Jansen' } },
  { kind: 'plan', id: 'v1', data: { title: 'Ons plan' } },
  { kind: 'reactie', id: 'c2', data: { id: 'c2' } },
  { kind: 'reactie', id: 'c1', data: { id: 'c1' } },
  { kind: 'instemming', id: f, data: { mine: [] } },
];

describe('reading the local copy as the API answers', () => {
  it('answers the reads of the plan screen in the shape of their routes', () => {
    const read = (path: string) => {
      const target = localTarget(path);
      return target && 'familyId' in target ? assemble(target, records) : target;
    };
    expect(read('/ik')).toEqual({ kind: 'account' });
    expect(read('/gezinnen')).toEqual({ kind: 'families' });
    expect(read(`/gezinnen/${f}`)).toEqual({ id: f, name: 'Gezin Jansen' });
    expect(read(paths.plan(f))).toEqual({ title: 'Ons plan' });
    expect(read(paths.comments(f))).toEqual({ comments: [{ id: 'c2' }, { id: 'c1' }], seenUntil: null });
    expect(read(paths.instemming(f))).toEqual({ mine: [] });
    expect(read(paths.eigenVerklaringen(f))).toEqual({ eigenVerklaringen: [] });
    expect(read(paths.correctieverzoeken(f))).toEqual({ correctieverzoeken: [] });
    expect(read(paths.documents(f))).toEqual({ documents: [] });
    expect(read(paths.contactChanges(f))).toEqual({ changes: [] });
    expect(read(paths.afspraken(f))).toEqual({ afspraken: [] });
    expect(read(paths.toestemmingen(f))).toBeUndefined();
  });

  it('answers the contact page from its threads and its own record (may she start one)', () => {
    const contact: SyncRecord[] = [
      { kind: 'contact', id: f, data: { mayStart: true, seenUntil: null } },
      { kind: 'contactbericht', id: 't1', data: { id: 't1' } },
    ];
    const target = localTarget(paths.contactThreads(f));
    expect(target && 'familyId' in target ? assemble(target, contact) : target).toEqual({ threads: [{ id: 't1' }], mayStart: true, seenUntil: null });
  });

  it('leaves to the server what the device cannot answer the same way', () => {
    for (const path of [paths.instemming(f, 'v1'), paths.planVersions(f), paths.accessLog(f), paths.correctieInbox(), paths.download(f, 'd'), paths.afspraak(f, 'a', 'ics'), '/ik/sessies', `/gezinnen/${f}/export`]) {
      expect(localTarget(path), path).toBeUndefined();
    }
  });
});
