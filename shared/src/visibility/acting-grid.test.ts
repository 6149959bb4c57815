import { describe, expect, it } from 'vitest';
import { demoFacts, demoObjects, demoViewers, demoWorld, demoWrittenObjects, memberIdOf } from '../demo/index.ts';
import { decideFor } from './evaluate.ts';
import type { ActingRuleCode, Action, Guarded, Moment, Viewer } from './types.ts';

/**
 * The acting grid over the demo families: person × object × action, with the acting rule that must
 * decide (`-`: the person does not see the object, so the answer is "niet gevonden"). Besides the
 * demo people: Ria with a delegation to read only, Ria helping Noor (16) and Daan (13), and Fatima
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
  hl: 'helper-alleen-lezen',
  h16: 'helper-geen-keuze-onder-16',
  bek: 'bekijken-handelt-niet',
  eig: 'eigen-document',
  neig: 'niet-eigen-document',
};
const allows = new Set<ActingRuleCode>(['lid-handelt-voor-zichzelf', 'regisseur-handelt', 'betrokken-handelt', 'eigen-document']);

const grid = `
action object                         samira    mark      noor      daan      mila      henk      willem    peter     fatima    jeroen    karim     ria       ria-lezen ria-noor  ria-daan  als-mark  beheer
reageren plan:jansen                  zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hl        zelf      zelf      bek       -
reageren plan:de-vries                -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -
antwoorden plan:jansen                zelf      zelf      zelf      zelf      -         zelf      -         -         reg       betr      -         zelf      hl        zelf      zelf      bek       -
antwoorden plan:de-vries              -         -         -         -         -         -         zelf      zelf      -         betr      reg       -         -         -         -         -         -
instemmen plan:jansen                 zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hl        zelf      h16       bek       -
instemmen plan:de-vries               -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -
toestemming-geven plan:jansen         zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hl        zelf      h16       bek       -
toestemming-geven plan:de-vries       -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -
verzoek-doen plan:jansen              zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hl        zelf      zelf      bek       -
verzoek-doen plan:de-vries            -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -
document-delen plan:jansen            zelf      zelf      zelf      zelf      -         zelf      -         -         reg       betr      -         zelf      hl        zelf      zelf      bek       -
document-delen plan:de-vries          -         -         -         -         -         -         zelf      zelf      -         betr      reg       -         -         -         -         -         -
contact-doorgeven plan:jansen         zelf      zelf      zelf      zelf      -         zelf      -         -         glid      glid      -         zelf      hl        zelf      zelf      bek       -
contact-doorgeven plan:de-vries       -         -         -         -         -         -         zelf      zelf      -         glid      glid      -         -         -         -         -         -
bewerken plan:jansen                  prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      hl        prof      prof      bek       -
bewerken plan:de-vries                -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -
publiceren plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      hl        prof      prof      bek       -
publiceren plan:de-vries              -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -
afschermen plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      hl        prof      prof      bek       -
afschermen plan:de-vries              -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -
beslissen plan:jansen                 prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      hl        prof      prof      bek       -
beslissen plan:de-vries               -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -
uitnodigen plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       areg      -         prof      hl        prof      prof      bek       -
uitnodigen plan:de-vries              -         -         -         -         -         -         prof      prof      -         areg      reg       -         -         -         -         -         -
gesprek-beginnen plan:jansen          prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      hl        prof      prof      bek       -
gesprek-beginnen plan:de-vries        -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -
herinneren plan:jansen                prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      hl        prof      prof      bek       -
herinneren plan:de-vries              -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -
toestemming-vragen plan:jansen        prof      prof      prof      prof      -         prof      -         -         reg       betr      -         prof      hl        prof      prof      bek       -
toestemming-vragen plan:de-vries      -         -         -         -         -         -         prof      prof      -         betr      reg       -         -         -         -         -         -
toestemming-geven verzoek:samira      zelf      -         -         -         -         -         -         -         glid      glid      -         zelf      hl        -         -         -         -
toestemming-geven verzoek:daan        zelf      zelf      -         zelf      -         -         -         -         glid      glid      -         zelf      hl        -         h16       bek       -
toestemming-geven verzoek:noor        -         -         zelf      -         -         -         -         -         glid      glid      -         -         -         zelf      -         -         -
reageren item:noor-belt               -         -         zelf      -         -         -         -         -         glid      glid      -         -         -         zelf      -         -         -
document-verwijderen document:noor-foto -       -         eig       neig      -         -         -         -         neig      neig      -         -         -         neig      neig      -         -
document-verwijderen document:samira-organisatie eig - -      -         -         -         -         -         neig      neig      -         eig       hl        -         -         -         -
document-verwijderen document:fatima-brief neig neig      neig      neig      -         neig      -         -         eig       neig      -         neig      hl        neig      neig      bek       -
`;

const jansen = world.families.find((f) => f.key === 'jansen')!;
const userOf = (key: string) => world.professionals.find((p) => p.key === key)?.id ?? world.helpers.find((h) => h.key === key)?.id ?? `user-${key}`;

function viewers(): Map<string, Viewer> {
  const all = demoViewers(world, at);
  const helper = (userId: string, member: string, scope: 'lezen' | 'lezen-en-helpen'): Viewer => ({
    kind: 'helper',
    userId,
    delegation: { id: `d-${userId}`, memberId: memberIdOf(jansen, member), familyId: jansen.id, scope, validFrom: '2026-11-01T00:00:00.000Z', validUntil: '2027-02-01T00:00:00.000Z', revokedAt: null },
  });
  all.set('ria-lezen', helper('user-ria-lezen', 'samira', 'lezen'));
  all.set('ria-noor', helper('user-ria-noor', 'noor', 'lezen-en-helpen'));
  all.set('ria-daan', helper('user-ria-daan', 'daan', 'lezen-en-helpen'));
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
      ['afschermen', 'antwoorden', 'beslissen', 'bewerken', 'contact-doorgeven', 'document-delen', 'document-verwijderen', 'gesprek-beginnen', 'herinneren', 'instemmen', 'publiceren', 'reageren', 'toestemming-geven', 'toestemming-vragen', 'uitnodigen', 'verzoek-doen'].sort(),
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
