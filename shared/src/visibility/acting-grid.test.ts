import { describe, expect, it } from 'vitest';
import { demoFacts, demoObjects, demoViewers, demoWorld, demoWrittenObjects, memberIdOf } from '../demo/index.ts';
import { decideFor } from './evaluate.ts';
import { delegationScopes, type ActingRuleCode, type Action, type DelegationScope, type Guarded, type Moment, type Viewer } from './types.ts';

/**
 * The acting grid over the demo families: person × object × action, with the acting rule that must
 * decide (`-`: the person does not see the object, so the answer is "niet gevonden"). Besides the
 * demo people (Ria as seeded: lezen, reageren, instemming, verzoeken, documenten): Ria with a
 * delegation to read only, with every scope but choices about children, with every scope, Ria
 * helping Noor (16) and Daan (13) with every scope but choices about children, and Fatima
 * looking at the plan as Mark ("bekijk als"). Fatima is regisseur of Jansen, Karim of De Vries,
 * Jeroen betrokken in both.
 */
const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const world = demoWorld(at.day);

const code: Record<string, ActingRuleCode> = {
  zelf: 'lid-handelt-voor-zichzelf',
  reg: 'regisseur-handelt',
  betr: 'betrokken-handelt',
  areg: 'alleen-regisseur',
  glid: 'professional-geen-lidhandeling',
  prof: 'alleen-professionals-handelen',
  hbm: 'helper-buiten-machtiging',
  h16: 'helper-geen-keuze-onder-16',
  hkind: 'helper-geen-keuze-voor-kind',
  mzelf: 'lid-regelt-eigen-hulp',
  hmn: 'helper-machtigt-niet',
  m16: 'machtigen-vanaf-16',
  z16: 'zelf-kiezen-vanaf-16',
  bek: 'bekijken-handelt-niet',
  eig: 'eigen-document',
  neig: 'niet-eigen-document',
  mn: 'lid-geeft-eigen-mening',
  zlf: 'alleen-het-gezinslid-zelf',
};
const allows = new Set<ActingRuleCode>(['lid-geeft-eigen-mening', 'lid-regelt-eigen-hulp', 'lid-handelt-voor-zichzelf', 'regisseur-handelt', 'betrokken-handelt', 'eigen-document']);

const grid = `
action object                         samira    mark      noor      daan      mila      henk      willem    peter     fatima    jeroen    karim     ria       ria-lezen ria-alles ria-kind  ria-noor  ria-daan  als-mark  beheer
reageren plan:jansen                  zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hbm       zelf      zelf      zelf      zelf      bek       -
reageren plan:de-vries                -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -         -         -
antwoorden plan:jansen                zelf      zelf      zelf      zelf      -         zelf      -         -         reg       betr      -         zelf      hbm       zelf      zelf      zelf      zelf      bek       -
antwoorden plan:de-vries              -         -         -         -         -         -         zelf      zelf      -         betr      reg       -         -         -         -         -         -         -         -
instemmen plan:jansen                 zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hbm       zelf      zelf      zelf      h16       bek       -
instemmen plan:de-vries               -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -         -         -
toestemming-geven plan:jansen         zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         hbm       hbm       zelf      zelf      zelf      h16       bek       -
toestemming-geven plan:de-vries       -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -         -         -
verzoek-doen plan:jansen              zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hbm       zelf      zelf      zelf      zelf      bek       -
verzoek-doen plan:de-vries            -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -         -         -
document-delen plan:jansen            zelf      zelf      zelf      zelf      -         zelf      -         -         reg       betr      -         zelf      hbm       zelf      zelf      zelf      zelf      bek       -
document-delen plan:de-vries          -         -         -         -         -         -         zelf      zelf      -         betr      reg       -         -         -         -         -         -         -         -
contact-doorgeven plan:jansen         zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hbm       zelf      zelf      zelf      zelf      bek       -
contact-doorgeven plan:de-vries       -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -         -         -
bewerken plan:jansen                  prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      prof      prof      prof      prof      prof      bek       -
bewerken plan:de-vries                -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -         -         -
publiceren plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      prof      prof      prof      prof      prof      bek       -
publiceren plan:de-vries              -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -         -         -
afschermen plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      prof      prof      prof      prof      prof      bek       -
afschermen plan:de-vries              -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -         -         -
eigen-mening plan:jansen              mn        mn        mn        mn        -         mn        -         -         glid      glid      -         zlf       zlf       zlf       zlf       zlf       zlf       bek       -
eigen-mening plan:de-vries            -         -         -         -         -         -         mn        mn        -         glid      glid      -         -         -         -         -         -         -         -
beslissen plan:jansen                 prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      prof      prof      prof      prof      prof      bek       -
beslissen plan:de-vries               -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -         -         -
uitnodigen plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      prof      prof      prof      prof      prof      bek       -
uitnodigen plan:de-vries              -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -         -         -
gesprek-beginnen plan:jansen          prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      prof      prof      prof      prof      prof      bek       -
gesprek-beginnen plan:de-vries        -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -         -         -
herinneren plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      prof      prof      prof      prof      prof      bek       -
herinneren plan:de-vries              -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -         -         -
toestemming-vragen plan:jansen        prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      prof      prof      prof      prof      prof      bek       -
toestemming-vragen plan:de-vries      -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -         -         -
machtigen plan:jansen                 mzelf     mzelf     mzelf     m16       -         mzelf     -         -         reg       areg      -         hmn       hmn       hmn       hmn       hmn       hmn       bek       -
machtigen plan:de-vries               -         -         -         -         -         -         mzelf     mzelf     -         areg      reg       -         -         -         -         -         -         -         -
kiezen-wat-ouders-zien plan:jansen    zelf      zelf      zelf      z16       -         zelf      -         -         glid      glid      -         hbm       hbm       zelf      zelf      zelf      h16       bek       -
kiezen-wat-ouders-zien plan:de-vries  -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -         -         -
toestemming-geven verzoek:samira      zelf      -         -         -         -         -         -         -         glid      glid      -         hbm       hbm       zelf      zelf      -         -         -         -
toestemming-geven verzoek:daan        zelf      zelf      -         zelf      -         -         -         -         glid      glid      -         hbm       hbm       hkind     zelf      -         h16       bek       -
toestemming-geven verzoek:noor        -         -         zelf      -         -         -         -         -         glid      glid      -         -         -         -         -         zelf      -         -         -
reageren item:noor-belt               -         -         zelf      -         -         -         -         -         glid      glid      -         -         -         -         -         zelf      -         -         -
document-verwijderen document:noor-foto -         -         eig       neig      -         -         -         -         neig      neig      -         -         -         -         -         neig      neig      -         -
document-verwijderen document:samira-organisatie eig       -         -         -         -         -         -         -         neig      neig      -         eig       hbm       neig      neig      -         -         -         -
document-verwijderen document:fatima-brief neig      neig      neig      neig      -         neig      -         -         eig       neig      -         neig      hbm       neig      neig      neig      neig      bek       -
`;

const jansen = world.families.find((f) => f.key === 'jansen')!;
const userOf = (key: string) => world.professionals.find((p) => p.key === key)?.id ?? world.helpers.find((h) => h.key === key)?.id ?? `user-${key}`;

function viewers(): Map<string, Viewer> {
  const all = demoViewers(world, at);
  const helper = (userId: string, member: string, scopes: readonly DelegationScope[]): Viewer => ({
    kind: 'helper',
    userId,
    delegation: { id: `d-${userId}`, memberId: memberIdOf(jansen, member), familyId: jansen.id, scopes, validFrom: '2026-11-01T00:00:00.000Z', validUntil: '2027-02-01T00:00:00.000Z', revokedAt: null },
  });
  const allButChildren = delegationScopes.filter((s) => s !== 'keuzes-voor-kinderen');
  all.set('ria-lezen', helper('user-ria-lezen', 'samira', ['lezen']));
  all.set('ria-alles', helper('user-ria-alles', 'samira', allButChildren));
  all.set('ria-kind', helper('user-ria-kind', 'samira', delegationScopes));
  all.set('ria-noor', helper('user-ria-noor', 'noor', allButChildren));
  all.set('ria-daan', helper('user-ria-daan', 'daan', allButChildren));
  all.set('als-mark', { kind: 'bekijk-als', userId: userOf('fatima'), memberId: memberIdOf(jansen, 'mark'), familyId: jansen.id });
  return all;
}

/** The objects of the grid, with the account that uploaded each document (removing one depends on it). */
function objects(): Map<string, Guarded> {
  const all = new Map<string, Guarded>();
  for (const family of world.families) all.set(`plan:${family.key}`, demoObjects(family).get('plan')!);
  const jansenObjects = demoObjects(jansen);
  const written = demoWrittenObjects(jansen);
  all.set('item:noor-belt', jansenObjects.get('item:noor-belt')!);
  all.set('document:noor-foto', { ...written.get('document:noor-foto')!, authorUserId: userOf('noor') });
  // Ria shared this letter for Samira.
  all.set('document:samira-organisatie', { ...written.get('document:samira-organisatie')!, authorUserId: userOf('ria') });
  // Fatima shared a letter with everyone who sees the plan.
  all.set('document:fatima-brief', { ...jansenObjects.get('plan')!, kind: 'document', id: 'fatima-brief', authorUserId: userOf('fatima') });
  // Fatima asks for toestemming: named are the member whose data it is and whoever decides on it (shared/src/consent).
  const question = (subject: string, deciders: string[]): Guarded => ({
    ...jansenObjects.get('plan')!,
    kind: 'toestemmingsverzoek',
    id: `verzoek-${subject}`,
    audience: 'leden',
    audienceMembers: [subject, ...deciders].map((m) => memberIdOf(jansen, m)),
    subjects: [memberIdOf(jansen, subject)],
    authorMemberId: null,
    authorUserId: userOf('fatima'),
    generalInfo: false,
  });
  all.set('verzoek:samira', question('samira', ['samira']));
  all.set('verzoek:daan', question('daan', ['daan', 'samira', 'mark']));
  all.set('verzoek:noor', question('noor', ['noor']));
  return all;
}

function parseGrid(text: string) {
  const [header, ...rows] = text.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const people = header!.slice(2);
  return rows.map(([action, object, ...cells]) => ({
    action: action as Exclude<Action, 'lezen'>,
    object: object!,
    cells: cells.map((cell, i) => ({ person: people[i]!, rule: cell === '-' ? undefined : code[cell]! })),
  }));
}

describe('acting grid over the demo families', () => {
  const people = viewers();
  const guarded = objects();
  const rows = parseGrid(grid);

  it('covers every demo person, every helper scope, both professional roles and the preview', () => {
    expect(rows[0]!.cells.map((c) => c.person).sort()).toEqual([...people.keys()].sort());
    for (const row of rows) expect(row.cells, `${row.action} ${row.object}`).toHaveLength(people.size);
    expect(rows.every((row) => guarded.has(row.object))).toBe(true);
  });

  it('covers every action but reading', () => {
    const actions = new Set(rows.map((r) => r.action));
    expect([...actions].sort()).toEqual(
      ['afschermen', 'antwoorden', 'beslissen', 'bewerken', 'contact-doorgeven', 'eigen-mening', 'document-delen', 'document-verwijderen', 'gesprek-beginnen', 'herinneren', 'instemmen', 'kiezen-wat-ouders-zien', 'machtigen', 'publiceren', 'reageren', 'toestemming-geven', 'toestemming-vragen', 'uitnodigen', 'verzoek-doen'].sort(),
    );
  });

  for (const row of rows) {
    for (const cell of row.cells) {
      it(`${cell.person} × ${row.action} ${row.object}: ${cell.rule ?? 'niet gevonden'}`, () => {
        const object = guarded.get(row.object)!;
        const family = world.families.find((f) => f.id === object.familyId)!;
        const decision = decideFor(people.get(cell.person)!, demoFacts(family), at, object, row.action);
        if (cell.rule === undefined) {
          expect(decision).toMatchObject({ visible: false, allowed: false });
        } else {
          expect(decision).toEqual({ visible: true, allowed: allows.has(cell.rule), rule: cell.rule });
        }
      });
    }
  }
});
