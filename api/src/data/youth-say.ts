import { randomUUID } from 'node:crypto';
import { decide, type Decision, type Guarded, type YouthChoiceInput, type YouthSayObjectView, type YouthSayPage, type YouthSayReason, type YouthSaySection } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { FamilyScope } from './family-scope.ts';
import type { FieldRow, ItemRow } from './family-store.ts';
import { guardedOfRow } from './rows.ts';
import { contactSection } from './youth-choices.ts';

/**
 * "Wat zien je ouders van jou?" (issue 11): for each object of hers, what each parent she may see
 * sees of it and why, decided by that parent's own lens, the same that decides his reads.
 * Only through the lens of a youth of 12 to 17 (her own, or a read-only look as her).
 */
export function youthSayPage(scope: FamilyScope): YouthSayPage {
  const youth = youthOf(scope);
  const parents = parentsOf(scope, youth.id);
  const sections = new Map<YouthSaySection, YouthSayObjectView[]>();
  const add = (section: YouthSaySection, view: Omit<YouthSayObjectView, 'parents'>, object: Guarded) => {
    const views = sections.get(section) ?? [];
    views.push({ ...view, parents: parents.map((p) => ({ parentId: p.id, ...explain(scope, decide(scope.lensOfMember(p.id), object), youth.age, p.id) })) });
    sections.set(section, views);
  };
  for (const item of ownItems(scope, youth.id)) add(item.section as YouthSaySection, { target: { kind: 'item', key: item.itemKey }, text: item.what }, itemGuarded(scope, item));
  for (const field of ownFields(scope, youth.id)) add('contact', { target: { kind: 'field', field: field.field }, text: field.value }, guardedOfRow('member-field', field.id, scope.familyId, field));
  return {
    member: youth,
    mayChoose: youth.age >= 16,
    parents: parents.map(({ id, firstName }) => ({ id, firstName })),
    sections: [...sections].map(([section, objects]) => ({ section, objects })),
  };
}

/**
 * Opens or closes one item, one contact detail or a whole section for the parents named, in one
 * step; a section's choice replaces the choices she made for its items before. From 16 only.
 * Takes effect at once: the family's snapshot is dropped, so the parent's next read or sync lacks it.
 */
export async function chooseForParents(scope: FamilyScope, input: YouthChoiceInput): Promise<void> {
  const youth = youthOf(scope);
  scope.authorize('kiezen-wat-ouders-zien');
  const parentIds = new Set(parentsOf(scope, youth.id).map((p) => p.id));
  const unknown = input.parentIds.findIndex((id) => !parentIds.has(id));
  if (unknown >= 0) throw new AppError('ongeldige-invoer', { fields: [`parentIds/${unknown}`] });
  const { kind, key, covered } = targetOf(scope, youth.id, input.target);
  const choiceIds = await scope.write(async (tx) => {
    const ids: string[] = [];
    for (const parentId of input.parentIds) {
      if (kind === 'section') {
        // One step for the whole section: what she chose for its parts before no longer counts.
        await tx.query(
          `delete from youth_choices where owner_member_id = $1 and viewer_member_id = $2
              and ((target_kind = 'item' and target_key = any($3::text[])) or (target_kind = 'field' and $4))`,
          [youth.id, parentId, covered.itemKeys, key === contactSection],
        );
      }
      const [stored] = await tx.query<{ id: string }>(
        `insert into youth_choices (id, family_id, owner_member_id, viewer_member_id, target_kind, target_key, open, chosen_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (owner_member_id, viewer_member_id, target_kind, target_key, family_id) do update set open = excluded.open, chosen_at = excluded.chosen_at
         returning id`,
        [randomUUID(), scope.familyId, youth.id, parentId, kind, key, input.open, scope.now.toISOString()],
      );
      ids.push(stored!.id);
    }
    return ids;
  });
  // Her data only: a parent named as subject would read in "Wie heeft mijn gegevens bekeken?" that
  // she hid something from him. Which parent the choice rows (their ids here) say, for an auditor.
  await scope.record('wijzigen', input.open ? 'eigen-keuze-open' : 'eigen-keuze-dicht', [...choiceIds, ...covered.objectIds], [youth.id]);
}

interface Youth {
  id: string;
  firstName: string;
  age: number;
}

function youthOf(scope: FamilyScope): Youth {
  const lens = scope.lens;
  if (lens.kind !== 'member' || lens.age === null || lens.age < 12 || lens.age >= 18) throw new AppError('niet-toegestaan');
  const firstName = scope.snapshot.members.find((m) => m.id === lens.memberId)?.firstName ?? '';
  return { id: lens.memberId, firstName, age: lens.age };
}

/** Her parents (with or without gezag) whom she may see; one with a contactverbod with her is never named. */
function parentsOf(scope: FamilyScope, youthId: string): { id: string; firstName: string }[] {
  const facts = scope.snapshot.factsOn(scope.at.day);
  return facts.members
    .filter((m) => m.parentOf.includes(youthId) || m.gezagOver.includes(youthId))
    .flatMap((m) => {
      const firstName = scope.memberName(m.id);
      return firstName === undefined ? [] : [{ id: m.id, firstName }];
    });
}

/** Hers: about her and addressed to her (as the age rules count it), and shown to her. */
const isHers = (row: { subjects: readonly string[] | null; audienceMembers: readonly string[] | null }, youthId: string) =>
  (row.subjects ?? []).includes(youthId) && (row.audienceMembers ?? []).includes(youthId);

function ownItems(scope: FamilyScope, youthId: string): ItemRow[] {
  const plan = scope.snapshot.plan;
  if (!plan || !scope.sees('plan', plan.version.id, plan.version).visible) return [];
  return plan.items.filter((item) => isHers(item, youthId) && scope.sees('plan-item', item.id, item).visible);
}

function ownFields(scope: FamilyScope, youthId: string): FieldRow[] {
  return scope.snapshot.fields.filter((f) => f.memberId === youthId && scope.sees('member-field', f.id, f).visible);
}

function itemGuarded(scope: FamilyScope, item: ItemRow): Guarded {
  const version = scope.snapshot.plan!.version;
  return guardedOfRow('plan-item', item.id, scope.familyId, item, [guardedOfRow('plan', version.id, scope.familyId, version)]);
}

/** What one choice names, as stored, and the objects of hers it covers now (for the access log). */
function targetOf(scope: FamilyScope, youthId: string, target: YouthChoiceInput['target']) {
  const items = ownItems(scope, youthId);
  const fields = ownFields(scope, youthId);
  switch (target.kind) {
    case 'item': {
      const item = items.find((i) => i.itemKey === target.key);
      if (!item) throw new AppError('niet-gevonden');
      return { kind: 'item' as const, key: target.key, covered: { itemKeys: [], objectIds: [item.id] } };
    }
    case 'field': {
      const field = fields.find((f) => f.field === target.field);
      if (!field) throw new AppError('niet-gevonden');
      return { kind: 'field' as const, key: target.field, covered: { itemKeys: [], objectIds: [field.id] } };
    }
    case 'section': {
      const inSection = items.filter((i) => i.section === target.section);
      const ids = target.section === contactSection ? fields.map((f) => f.id) : inSection.map((i) => i.id);
      return { kind: 'section' as const, key: target.section, covered: { itemKeys: inSection.map((i) => i.itemKey), objectIds: ids } };
    }
  }
}

/** The evaluator's decision for one parent, as the reason the page says in words. */
function explain(scope: FamilyScope, decision: Decision, age: number, parentId: string): { sees: boolean; reason: YouthSayReason } {
  return { sees: decision.visible, reason: reasonOf(scope, decision, age, parentId) };
}

function reasonOf(scope: FamilyScope, { visible, rule }: Decision, age: number, parentId: string): YouthSayReason {
  switch (rule) {
    case 'kind-onder-12-via-gezag':
    case 'jeugdige-12-15-via-gezag':
      return 'gezag-onder-16';
    case 'toestemming-van-eigenaar':
      return 'jouw-toestemming';
    case 'eigen-keuze-open':
      return 'jij-deelt-dit';
    case 'eigen-keuze-dicht':
      return 'jij-verbergt-dit';
    case 'hele-gezin':
    case 'volwassenen':
      return 'voor-het-gezin';
    case 'direct-genoemd':
    case 'eigen-bijdrage':
      return 'ook-voor-ouder';
    case 'afgeschermd':
    case 'contactverbod':
    case 'alleen-professionals':
    case 'alleen-organisatie':
      return 'hulpverlener-besloot';
    case 'ouder-zonder-gezag-alleen-algemeen':
    case 'ouder-zonder-gezag-geblokkeerd':
      return 'geen-gezag';
    case 'niet-in-publiek': {
      if (age >= 16) return 'niet-gedeeld-16';
      const facts = scope.snapshot.factsOn(scope.at.day);
      const youthId = scope.selfMemberId ?? '';
      if (facts.parentAccessBlocked.includes(youthId)) return 'hulpverlener-besloot';
      if (!facts.members.find((m) => m.id === parentId)?.gezagOver.includes(youthId)) return 'geen-gezag';
      return 'ziet-het-niet';
    }
    default:
      return visible ? 'ook-voor-ouder' : 'ziet-het-niet';
  }
}
