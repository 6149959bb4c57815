import { memberProfileGuarded } from '../visibility/envelopes.ts';
import type { AssignmentRole, FamilyFacts, Guarded, GuardedKind, Viewer } from '../visibility/types.ts';
import type { DemoEnvelope, DemoFamily, DemoProfessional, DemoWorld } from './family.ts';

/** Resolves demo member keys to ids within one family. */
export function memberIdOf(family: DemoFamily, key: string): string {
  const member = family.members.find((m) => m.key === key);
  if (!member) throw new Error(`No member ${key} in ${family.key}`);
  return member.id;
}

/** The visibility envelope of a demo object, with ids instead of keys. */
export function guardedOf(family: DemoFamily, kind: GuardedKind, id: string, envelope: DemoEnvelope): Guarded {
  const ids = (keys: string[] | undefined) => (keys ?? []).map((key) => memberIdOf(family, key));
  return {
    kind,
    id,
    familyId: family.id,
    audience: envelope.audience,
    audienceMembers: ids(envelope.audienceMembers),
    subjects: ids(envelope.subjects),
    authorMemberId: envelope.author ? memberIdOf(family, envelope.author) : null,
    shieldedFrom: ids(envelope.shieldedFrom),
    sharedAcrossContactverbod: envelope.sharedAcrossContactverbod ?? false,
    generalInfo: envelope.generalInfo ?? false,
    fieldShields: Object.fromEntries(Object.entries(envelope.fieldShields ?? {}).map(([field, keys]) => [field, ids(keys)])),
  };
}

/** Every seeded object of a demo family as the engine sees it, keyed by a readable name. */
export function demoObjects(family: DemoFamily): Map<string, Guarded> {
  const objects = new Map<string, Guarded>();
  objects.set('plan', guardedOf(family, 'plan', family.plan.id, family.plan.envelope));
  for (const item of family.plan.items) objects.set(`item:${item.key}`, guardedOf(family, 'plan-item', item.id, item.envelope));
  for (const field of family.fields) objects.set(`field:${field.key}`, guardedOf(family, 'member-field', field.id, field.envelope));
  for (const member of family.members) objects.set(`member:${member.key}`, memberProfileGuarded(family.id, member.id));
  return objects;
}

/** Family facts as seeded: no consents of youths, no professional blocks. */
export function demoFacts(family: DemoFamily): FamilyFacts {
  return {
    familyId: family.id,
    members: family.members.map((m) => ({
      id: m.id,
      role: m.role,
      birthDate: m.birthDate,
      gezagOver: m.gezagOver.map((key) => memberIdOf(family, key)),
      parentOf: m.parentOf.map((key) => memberIdOf(family, key)),
      generalInfoBlocked: false,
    })),
    contactverboden: family.contactverboden.map(([a, b]) => [memberIdOf(family, a), memberIdOf(family, b)] as const),
    parentAccessBlocked: [],
    ownerConsents: [],
    ownerChoices: [],
  };
}

/** A professional's role in a demo family: a regisseur keeps her first family's plan, elsewhere she is betrokken. */
export function assignmentRole(p: DemoProfessional, familyKey: string): AssignmentRole {
  return p.families[0] === familyKey && p.jobTitle === 'Regisseur' ? 'regisseur' : 'betrokken';
}

/** Every demo person as a viewer, keyed by first-name key. */
export function demoViewers(world: DemoWorld, at: { instant: string }): Map<string, Viewer> {
  const viewers = new Map<string, Viewer>();
  for (const family of world.families) {
    for (const m of family.members) viewers.set(m.key, { kind: 'member', userId: `user-${m.key}`, memberId: m.id, familyId: family.id });
  }
  const familyId = (key: string) => world.families.find((f) => f.key === key)!.id;
  for (const p of world.professionals) {
    viewers.set(p.key, { kind: 'professional', userId: p.id, familyIds: p.families.map(familyId), roles: Object.fromEntries(p.families.map((key) => [familyId(key), assignmentRole(p, key)])) });
  }
  for (const h of world.helpers) {
    const family = world.families.find((f) => f.key === h.delegation.family)!;
    const from = new Date(Date.parse(at.instant) - 86_400_000).toISOString();
    const until = new Date(Date.parse(at.instant) + h.delegation.validForDays * 86_400_000).toISOString();
    viewers.set(h.key, {
      kind: 'helper',
      userId: h.id,
      delegation: { id: h.delegation.id, memberId: memberIdOf(family, h.delegation.member), familyId: family.id, scopes: h.delegation.scopes, validFrom: from, validUntil: until, revokedAt: null },
    });
  }
  viewers.set(world.beheerder.key, { kind: 'beheerder', userId: world.beheerder.id });
  return viewers;
}
