import { describe, expect, it } from 'vitest';
import { demoFacts, demoObjects, demoViewers, demoWorld, demoWrittenObjects } from '../demo/index.ts';
import { decideFor } from './evaluate.ts';
import type { FamilyFacts, Moment, RuleCode } from './types.ts';

/**
 * The visibility grid over the demo family: every demo person × every seeded object, with the
 * rule that must decide. A cell reads `rule` or `rule[field,…]` for fields that must be stripped.
 */
const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const world = demoWorld(at.day);

const code: Record<string, RuleCode> = {
  hg: 'hele-gezin',
  dg: 'direct-genoemd',
  vw: 'volwassenen',
  k12: 'kind-onder-12-via-gezag',
  j15: 'jeugdige-12-15-via-gezag',
  pt: 'professional-toegewezen',
  cv: 'contactverbod',
  af: 'afgeschermd',
  np: 'niet-in-publiek',
  ap: 'alleen-professionals',
  nw: 'netwerk-alleen-eigen-afspraken',
  u12: 'geen-account-onder-12',
  ag: 'ander-gezin',
  pn: 'professional-niet-toegewezen',
  bh: 'beheerder-ziet-geen-inhoud',
  eb: 'eigen-bijdrage',
  hv: 'hoort-bij-verborgen',
  ao: 'alleen-organisatie',
};

const grid = `
object                     samira mark          noor daan mila henk willem peter fatima jeroen karim ria beheer
plan:jansen                hg     hg            hg   hg   u12  dg   ag     ag    pt     pt     pn    hg  bh
item:niet-bij-huis         hg     hg            hg   hg   u12  nw   ag     ag    pt     pt     pn    hg  bh
item:ophalen-school        hg     hg[where]     hg   hg   u12  dg   ag     ag    pt     pt     pn    hg  bh
item:noor-belt             np     np            dg   np   u12  nw   ag     ag    pt     pt     pn    np  bh
item:training-mark         cv     dg            np   np   u12  nw   ag     ag    pt     pt     pn    cv  bh
item:veilig-thuis-samira   dg     cv            np   np   u12  nw   ag     ag    pt     pt     pn    dg  bh
item:daan-coach            j15    j15           np   dg   u12  nw   ag     ag    pt     pt     pn    j15 bh
item:mila-therapie         k12    cv            np   np   u12  nw   ag     ag    pt     pt     pn    k12 bh
item:samen-praten          hg     hg            hg   hg   u12  nw   ag     ag    pt     pt     pn    hg  bh
item:via-fatima            vw     vw            np   np   u12  nw   ag     ag    pt     pt     pn    vw  bh
item:risico                ap     ap            ap   ap   u12  ap   ag     ag    pt     pt     pn    ap  bh
item:opa-belt              hg     hg            hg   hg   u12  dg   ag     ag    pt     pt     pn    hg  bh
field:adres-samira         vw     af            np   np   u12  nw   ag     ag    pt     pt     pn    vw  bh
field:adres-mark           cv     vw            np   np   u12  nw   ag     ag    pt     pt     pn    cv  bh
member:samira              dg     cv            hg   hg   u12  nw   ag     ag    pt     pt     pn    dg  bh
member:mark                cv     dg            hg   hg   u12  nw   ag     ag    pt     pt     pn    cv  bh
member:noor                hg     hg            dg   hg   u12  nw   ag     ag    pt     pt     pn    hg  bh
member:daan                hg     hg            hg   dg   u12  nw   ag     ag    pt     pt     pn    hg  bh
member:mila                hg     hg            hg   hg   u12  nw   ag     ag    pt     pt     pn    hg  bh
member:henk                hg     hg            hg   hg   u12  dg   ag     ag    pt     pt     pn    hg  bh
plan:de-vries              ag     ag            ag   ag   ag   ag   hg     hg    pn     pt     pt    ag  bh
item:geld-bewindvoerder    ag     ag            ag   ag   ag   ag   hg     hg    pn     pt     pt    ag  bh
item:dagbesteding          ag     ag            ag   ag   ag   ag   hg     hg    pn     pt     pt    ag  bh
item:willem-belt           ag     ag            ag   ag   ag   ag   dg     np    pn     pt     pt    ag  bh
member:willem              ag     ag            ag   ag   ag   ag   dg     hg    pn     pt     pt    ag  bh
member:peter               ag     ag            ag   ag   ag   ag   hg     dg    pn     pt     pt    ag  bh
comment:samira-bang        eb     cv            ap   ap   u12  ap   ag     ag    pt     pt     pn    eb  bh
reply:fatima-op-samira     dg     cv            hv   hv   u12  hv   ag     ag    pt     pt     pn    dg  bh
comment:samira-plan        eb     cv            hg   hg   u12  dg   ag     ag    pt     pt     pn    eb  bh
reply:noor-op-samira       dg     cv            eb   hg   u12  dg   ag     ag    pt     pt     pn    dg  bh
verklaring:samira-niet-bij-huis eb cv           hg   hg   u12  hv   ag     ag    pt     pt     pn    eb  bh
comment:mark-niet-bij-huis cv     eb            hg   hg   u12  hv   ag     ag    pt     pt     pn    cv  bh
comment:mark-training      cv     eb            hv   hv   u12  hv   ag     ag    pt     pt     pn    cv  bh
comment:daan-coach         j15    j15           hv   eb   u12  hv   ag     ag    pt     pt     pn    j15 bh
document:noor-foto         np     np            eb   dg   u12  nw   ag     ag    pt     pt     pn    np  bh
document:samira-organisatie eb    cv            ao   ao   u12  ao   ag     ag    pt     pt     pn    eb  bh
vraag:noor-gegevens        np     np            dg   np   u12  nw   ag     ag    pt     pt     pn    np  bh
vraag:daan-gegevens        dg     dg            np   dg   u12  nw   ag     ag    pt     pt     pn    dg  bh
vraag:mila-gegevens        dg     dg            np   np   u12  nw   ag     ag    pt     pt     pn    dg  bh
score:samira-veilig        eb     cv            hv   hv   u12  hv   ag     ag    pt     pt     pn    eb  bh
score:mark-training        cv     eb            hv   hv   u12  hv   ag     ag    pt     pt     pn    cv  bh
`;

const allows = new Set<RuleCode>(['eigen-bijdrage', 'hele-gezin', 'direct-genoemd', 'volwassenen', 'kind-onder-12-via-gezag', 'jeugdige-12-15-via-gezag', 'toestemming-van-eigenaar', 'eigen-keuze-open', 'professional-toegewezen']);

function parseGrid(text: string) {
  const [header, ...rows] = text.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const viewers = header!.slice(1);
  return rows.map(([object, ...cells]) => ({
    object: object!,
    cells: cells.map((cell, i) => {
      const match = /^(\w+)(?:\[([\w,]+)\])?$/.exec(cell)!;
      return { viewer: viewers[i]!, rule: code[match[1]!]!, hidden: match[2] ? match[2].split(',') : [] };
    }),
  }));
}

function allDemoObjects() {
  const all = new Map<string, { familyIndex: number; guarded: ReturnType<typeof demoObjects> extends Map<string, infer G> ? G : never }>();
  world.families.forEach((family, familyIndex) => {
    for (const [key, guarded] of demoObjects(family)) all.set(key === 'plan' ? `plan:${family.key}` : key, { familyIndex, guarded });
    for (const [key, guarded] of demoWrittenObjects(family)) all.set(key, { familyIndex, guarded });
  });
  return all;
}

describe('visibility grid over the demo families', () => {
  const viewers = demoViewers(world, at);
  const objects = allDemoObjects();
  const rows = parseGrid(grid);

  it('covers every demo person and every seeded object', () => {
    expect(rows.map((r) => r.object).sort()).toEqual([...objects.keys()].sort());
    expect(rows[0]!.cells.map((c) => c.viewer).sort()).toEqual([...viewers.keys()].sort());
  });

  for (const row of rows) {
    for (const cell of row.cells) {
      it(`${cell.viewer} × ${row.object}: ${cell.rule}`, () => {
        const { familyIndex, guarded } = objects.get(row.object)!;
        const decision = decideFor(viewers.get(cell.viewer)!, demoFacts(world.families[familyIndex]!), at, guarded);
        expect(decision).toEqual({ visible: allows.has(cell.rule), rule: cell.rule, hiddenFields: cell.hidden });
      });
    }
  }
});

/**
 * A youth's own choices ("Wat zien je ouders van jou?", issue 11), written out: each row is one
 * situation in the demo family, the object and the rule that must decide for each parent.
 */
describe('a youth’s own choices per item and parent', () => {
  const jansen = world.families[0]!;
  const facts = demoFacts(jansen);
  const objects = demoObjects(jansen);
  const viewers = demoViewers(world, at);
  const member = (key: string) => jansen.members.find((m) => m.key === key)!.id;
  const item = (key: string) => objects.get(`item:${key}`)!;
  const consent = (owner: string, viewer: string) => ({ ownerId: member(owner), viewerId: member(viewer), givenBy: member(owner) });
  const choice = (owner: string, viewer: string, itemKey: string, open: boolean) => ({ ownerId: member(owner), viewerId: member(viewer), objectId: item(itemKey).id, open });

  const rows: { says: string; facts: Partial<FamilyFacts>; object: string; samira: RuleCode; mark: RuleCode }[] = [
    {
      says: 'Noor (16) shared all her items with both parents, then closed noor-belt for Samira',
      facts: { ownerConsents: [consent('noor', 'samira'), consent('noor', 'mark')], ownerChoices: [choice('noor', 'samira', 'noor-belt', false)] },
      object: 'noor-belt',
      samira: 'eigen-keuze-dicht',
      mark: 'toestemming-van-eigenaar',
    },
    {
      says: 'Noor (16) shared nothing, but opened noor-belt for Mark',
      facts: { ownerChoices: [choice('noor', 'mark', 'noor-belt', true)] },
      object: 'noor-belt',
      samira: 'niet-in-publiek',
      mark: 'eigen-keuze-open',
    },
    {
      says: 'Noor opened and closed noor-belt for Samira: closed wins',
      facts: { ownerChoices: [choice('noor', 'samira', 'noor-belt', true), choice('noor', 'samira', 'noor-belt', false)] },
      object: 'noor-belt',
      samira: 'eigen-keuze-dicht',
      mark: 'niet-in-publiek',
    },
    {
      says: 'Daan (13) closed daan-coach for Samira: under 16 his parents with gezag still see it',
      facts: { ownerChoices: [choice('daan', 'samira', 'daan-coach', false)] },
      object: 'daan-coach',
      samira: 'jeugdige-12-15-via-gezag',
      mark: 'jeugdige-12-15-via-gezag',
    },
    {
      says: 'Noor closed an item for the whole family that is not hers: nothing changes',
      facts: { ownerChoices: [choice('noor', 'samira', 'samen-praten', false), choice('noor', 'mark', 'samen-praten', false)] },
      object: 'samen-praten',
      samira: 'hele-gezin',
      mark: 'hele-gezin',
    },
    {
      says: 'Noor opened Mark’s training for Samira: not hers, the contactverbod holds',
      facts: { ownerChoices: [choice('noor', 'samira', 'training-mark', true)] },
      object: 'training-mark',
      samira: 'contactverbod',
      mark: 'direct-genoemd',
    },
  ];

  for (const row of rows) {
    for (const parent of ['samira', 'mark'] as const) {
      it(`${row.says}: ${parent} × ${row.object} is ${row[parent]}`, () => {
        const decision = decideFor(viewers.get(parent)!, { ...facts, ...row.facts }, at, item(row.object));
        expect(decision.rule).toBe(row[parent]);
        expect(decision.visible).toBe(allows.has(row[parent]));
      });
    }
  }

  it('a choice for Henk, who is not her parent, never opens anything to him', () => {
    const opened = { ...facts, ownerChoices: [choice('noor', 'henk', 'noor-belt', true)] };
    expect(decideFor(viewers.get('henk')!, opened, at, item('noor-belt')).visible).toBe(false);
  });
});
