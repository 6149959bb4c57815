import type { AdminMemberView, AdminRelationView } from '@onsplan/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspaceTexts, setUpI18n } from '../i18n.ts';
import { RelationList } from './RelationList.tsx';

const members: AdminMemberView[] = [
  { id: 'a', firstName: 'Anna', lastName: 'Bakker', role: 'ouder', birthDate: '1988-03-02' },
  { id: 'b', firstName: 'Bas', lastName: 'Visser', role: 'ouder', birthDate: '1986-07-19' },
  { id: 'l', firstName: 'Lotte', lastName: 'Visser', role: 'jeugdige', birthDate: '2012-05-01' },
];
const ban: AdminRelationView = { id: 'r1', fromMemberId: 'a', toMemberId: 'b', kind: 'contactverbod', since: '2026-11-01', until: null };
const gezag: AdminRelationView = { id: 'r2', fromMemberId: 'a', toMemberId: 'l', kind: 'gezag-over', since: null, until: null };
const endedBan: AdminRelationView = { ...ban, id: 'r3', until: '2026-11-20' };

const render = (relations: AdminRelationView[], mayEdit: boolean) =>
  renderToStaticMarkup(<RelationList familyId="f" members={members} relations={relations} mayEdit={mayEdit} today="2026-11-24" onChanged={async () => {}} />);

beforeAll(async () => {
  await setUpI18n();
  await loadWorkspaceTexts();
});

describe('RelationList', () => {
  it('the regisseur ends a contactverbod with a day and removes any other relation; each button names its relation', () => {
    const html = render([ban, gezag], true);
    expect(html).toContain('Anna heeft een contactverbod met Bas');
    expect(html.match(/Einddatum vastleggen/g)).toHaveLength(1);
    expect(html.match(/Relatie weghalen/g)).toHaveLength(1);
    expect(html).toContain('aria-describedby="relatie-r1"');
    expect(html).toContain('aria-describedby="relatie-r2"');
    expect(html).toContain('id="relatie-r1"');
  });

  it('a contactverbod that ended before today can be neither ended nor removed: it is history', () => {
    const html = render([endedBan], true);
    expect(html).not.toContain('Einddatum vastleggen');
    expect(html).not.toContain('Relatie weghalen');
  });

  it('a betrokken professional reads the relations without any button', () => {
    const html = render([ban, gezag], false);
    expect(html).toContain('Anna heeft gezag over Lotte');
    expect(html).not.toContain('<button');
  });

  it('says so when there are none', () => {
    expect(render([], true)).toContain('Nog geen relaties vastgelegd.');
  });
});
