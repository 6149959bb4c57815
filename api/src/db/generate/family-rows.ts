import { addDays, commentEnvelope, documentEnvelope, dutchDay, firstDueOn, replyEnvelope, type Day, type Envelope } from '@onsplan/shared';
import type { AccessEntry } from '../../data/access-log.ts';
import { Seeded } from './seeded.ts';

/** Table rows by column name, as `jsonb_populate_recordset` takes them. */
export type Row = Record<string, unknown>;

/** Everything of one generated family, per table, in an order the foreign keys accept. */
export interface FamilyRows {
  familyId: string;
  tables: [table: string, rows: Row[]][];
  accessLog: AccessEntry[];
}

/** How many professionals share a caseload: each is regisseur of this many generated families. */
export const caseload = 25;

const lastNames = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'El Amrani', 'Yilmaz', 'Mulder', 'Bos', 'Peters', 'Hendriks', 'Dekker', 'Kaya'];
const mothers = ['Samira', 'Fatma', 'Anna', 'Sanne', 'Lotte', 'Emma', 'Nadia', 'Iris', 'Priya', 'Kim'];
const fathers = ['Mark', 'Ahmed', 'Jeroen', 'Bas', 'Tom', 'Mehmet', 'Kevin', 'Ruben', 'Dennis', 'Stefan'];
const children = ['Noor', 'Daan', 'Mila', 'Sem', 'Lina', 'Finn', 'Yara', 'Adam', 'Julia', 'Liam', 'Zoë', 'Milan'];
const grandparents = ['Henk', 'Ria', 'Hassan', 'Gerda', 'Kees'];
const sections = ['veiligheid', 'hulpverlening', 'herstel'] as const;
const kinds = ['afspraak', 'doel', 'netwerk'] as const;
const nobody: Envelope = { audience: 'gezin', audienceMembers: [], subjects: [], authorMemberId: null, shieldedFrom: [], sharedAcrossContactverbod: false, generalInfo: false, fieldShields: {} };

interface Person {
  id: string;
  userId: string | null;
  firstName: string;
  role: 'ouder' | 'jeugdige' | 'netwerk';
  age: number;
}

/** The user id of generated professional `k`: the same for every family in its caseload. */
export function professionalId(seed: string, k: number): string {
  return new Seeded(seed, `professional:${k}`).uuid();
}

/** The id of generated family `index`, without building it (to see which already exist). */
export function generatedFamilyId(seed: string, index: number): string {
  return new Seeded(seed, `family:${index}`).uuid();
}

function envelopeColumns(e: Envelope): Row {
  return {
    audience: e.audience, audience_members: e.audienceMembers, subjects: e.subjects, author_member_id: e.authorMemberId,
    shielded_from: e.shieldedFrom, shared_across_contactverbod: e.sharedAcrossContactverbod, general_info: e.generalInfo, field_shields: e.fieldShields,
  };
}

function withoutAuthor({ author_member_id: _, ...rest }: Row): Row {
  return rest;
}

function bornYearsAgo(today: Day, years: number, days: number): Day {
  return addDays(`${Number(today.slice(0, 4)) - years}${today.slice(4, 8)}${String(Math.min(Number(today.slice(8)), 28)).padStart(2, '0')}`, -days);
}

/**
 * Generated family `index`, shaped like the demo family: two parents (in some a contactverbod, the
 * mother's address then shielded from the father), one to four children with ages and gezag, now
 * and then a grandparent, a published plan of about twenty items for mixed audiences, comments with
 * replies, instemming, toestemmingen, a correctieverzoek in some, document metadata, a regisseur and
 * a betrokken professional, a helper in some, a youth's choice to close an item for a parent in
 * some, and a year of access-log history.
 */
export function familyRows(seed: string, index: number, now: Date): FamilyRows {
  const r = new Seeded(seed, `family:${index}`);
  const familyId = r.uuid();
  const today = dutchDay(now);
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000 - r.int(0, 86_399) * 1000).toISOString();
  const lastName = r.pick(lastNames);
  const startedDaysAgo = r.int(30, 900);
  const created = at(startedDaysAgo);

  const users: Row[] = [];
  const person = (firstName: string, role: Person['role'], age: number, withAccount: boolean): Person => {
    const p: Person = { id: r.uuid(), userId: withAccount ? r.uuid() : null, firstName, role, age };
    if (p.userId) users.push({ id: p.userId, kind: 'member', display_name: `${firstName} ${lastName}`, created_at: created });
    return p;
  };
  const mother = person(r.pick(mothers), 'ouder', r.int(26, 50), true);
  const father = person(r.pick(fathers), 'ouder', r.int(28, 55), r.chance(0.9));
  const kids = Array.from({ length: r.int(1, 4) }, () => {
    const age = r.int(0, 17);
    return person(r.pick(children), 'jeugdige', age, age >= 12);
  });
  const grandparent = r.chance(0.3) ? person(r.pick(grandparents), 'netwerk', r.int(55, 80), true) : undefined;
  const people = [mother, father, ...kids, ...(grandparent ? [grandparent] : [])];
  const members = people.map((p) => ({
    id: p.id, family_id: familyId, user_id: p.userId, first_name: p.firstName, last_name: lastName, role: p.role,
    birth_date: bornYearsAgo(today, p.age, r.int(0, 360)), created_at: created,
  }));

  const contactverbod = r.chance(0.2);
  const fatherHasGezag = !contactverbod || r.chance(0.5);
  const relation = (from: Person, to: Person, kind: string, since: Day | null = null) => ({ id: r.uuid(), family_id: familyId, from_member_id: from.id, to_member_id: to.id, kind, since });
  const relations: Row[] = [];
  for (const kid of kids) {
    relations.push(relation(mother, kid, 'ouder-van'), relation(mother, kid, 'gezag-over'), relation(father, kid, 'ouder-van'));
    if (fatherHasGezag) relations.push(relation(father, kid, 'gezag-over'));
  }
  if (contactverbod) relations.push(relation(father, mother, 'contactverbod', addDays(today, -r.int(10, 400))));

  const banned = (p: Person) => new Set(contactverbod && (p === mother || p === father) ? [(p === mother ? father : mother).id] : []);
  const fields: Row[] = [
    { id: r.uuid(), family_id: familyId, member_id: mother.id, field: 'adres', value: `Lindelaan ${r.int(1, 200)}, ${r.int(1000, 9999)} AB Utrecht`, updated_at: created,
      ...envelopeColumns({ ...nobody, audience: 'volwassenen', subjects: [mother.id], shieldedFrom: contactverbod ? [father.id] : [] }),
      ...(contactverbod ? { shield_reason: 'veiligheid' } : {}) },
    { id: r.uuid(), family_id: familyId, member_id: father.id, field: 'adres', value: `Kanaalweg ${r.int(1, 200)}, ${r.int(1000, 9999)} KM Utrecht`, updated_at: created,
      ...envelopeColumns({ ...nobody, audience: 'volwassenen', subjects: [father.id] }) },
    { id: r.uuid(), family_id: familyId, member_id: mother.id, field: 'telefoon', value: `06 ${r.int(10_000_000, 99_999_999)}`, updated_at: created,
      ...envelopeColumns({ ...nobody, audience: 'gezin', subjects: [mother.id], shieldedFrom: contactverbod ? [father.id] : [] }) },
  ];

  const planId = r.uuid();
  const versionId = r.uuid();
  const regisseur = professionalId(seed, Math.floor(index / caseload));
  const betrokken = professionalId(seed, 100_000 + ((index * 7) % 997));
  const planEnvelope: Envelope = { ...nobody, audience: 'gezin', generalInfo: true };
  const itemEnvelope = (): Envelope => {
    const subject = r.pick(people);
    const roll = r.next();
    if (roll < 0.4) return { ...nobody, audience: 'gezin', subjects: [subject.id], generalInfo: r.chance(0.5) };
    if (roll < 0.6) return { ...nobody, audience: 'volwassenen', subjects: [subject.id] };
    if (roll < 0.85) return { ...nobody, audience: 'leden', audienceMembers: [subject.id], subjects: [subject.id] };
    return { ...nobody, audience: 'professionals', subjects: [subject.id] };
  };
  const items = Array.from({ length: r.int(16, 24) }, (_, position) => {
    const id = r.uuid();
    const envelope = itemEnvelope();
    return {
      row: {
        id, family_id: familyId, version_id: versionId, item_key: id, section: r.pick(sections), kind: r.pick(kinds), position,
        what: `Afspraak ${position + 1}: ${r.pick(people).firstName} doet wat we samen afspraken.`, who: r.pick(people).firstName, when_text: 'Elke week',
        where_text: r.chance(0.3) ? 'Thuis' : null, what_if: r.chance(0.3) ? 'Dan bellen we de regisseur.' : null, scale: null, ...envelopeColumns(envelope),
      },
      envelope,
    };
  });
  const publishedDaysAgo = r.int(5, Math.max(6, startedDaysAgo - 5));
  const published = at(publishedDaysAgo);

  const writers = people.filter((p) => p.userId);
  const roots: Row[] = [];
  const replies: Row[] = [];
  for (let n = r.int(4, 12); n > 0; n--) {
    const writer = r.pick(writers);
    const item = r.pick(items);
    const envelope = commentEnvelope({ ...item.envelope, fieldShields: {} }, writer.id, banned(writer), r.chance(0.3) ? 'alleen-professionals' : 'zoals-onderdeel');
    const root = {
      id: r.uuid(), family_id: familyId, plan_version_id: versionId, item_key: item.row.item_key, reply_to: null, author_user_id: writer.userId,
      on_behalf_of_member_id: null, body: `${writer.firstName}: ik wil hier iets over zeggen.`, created_at: at(r.int(0, publishedDaysAgo)), client_id: r.uuid(),
      ...envelopeColumns(envelope),
    };
    roots.push(root);
    if (r.chance(0.5)) {
      const byProfessional = r.chance(0.6);
      const replier = byProfessional ? null : r.pick(writers);
      const reply = replyEnvelope(envelope, replier?.id ?? null, replier ? banned(replier) : new Set());
      replies.push({
        id: r.uuid(), family_id: familyId, plan_version_id: versionId, item_key: item.row.item_key, reply_to: root.id, author_user_id: replier?.userId ?? regisseur,
        on_behalf_of_member_id: null, body: 'Dank je, we bespreken het.', created_at: new Date(Date.parse(root.created_at) + 3_600_000).toISOString(), client_id: r.uuid(),
        ...envelopeColumns(reply),
      });
    }
  }

  const adults = [mother, father].filter((p) => p.userId);
  const instemmingen = adults.filter(() => r.chance(0.8)).map((p) => {
    const agrees = r.chance(0.7);
    return {
      id: r.uuid(), family_id: familyId, plan_version_id: versionId, member_id: p.id, decision: agrees ? 'eens' : 'niet-eens', remark: agrees ? null : 'Ik zie dit anders.',
      decided_by_user_id: p.userId, decided_by_member_id: p.id, client_id: r.uuid(), created_at: at(r.int(0, publishedDaysAgo)),
    };
  });
  const toestemmingen = adults.map((p) => ({
    id: r.uuid(), family_id: familyId, subject_member_id: p.id, given_by_member_id: p.id, recipient_kind: 'organisatie', recipient_name: 'Jeugdzorg Regio Utrecht',
    purpose: 'Gegevens delen voor het plan', valid_until: addDays(today, r.int(30, 365)), status: 'gegeven', decided_by_user_id: p.userId, client_id: r.uuid(), created_at: created,
  }));
  const correcties: Row[] = [];
  if (r.chance(0.3)) {
    const receivedOn = addDays(today, -r.int(0, 20));
    correcties.push({
      id: r.uuid(), family_id: familyId, requester_member_id: mother.id, created_by_user_id: mother.userId, target_kind: 'plan-item', target_id: r.pick(items).row.id,
      kind: 'wijzigen', proposed_text: 'Dit klopt niet helemaal.', reason: 'Het ging anders.', received_on: receivedOn, due_on: firstDueOn(receivedOn),
      created_at: at(0), client_id: r.uuid(),
      // A correctieverzoek has no author column: its requester is the one who wrote it.
      ...withoutAuthor(envelopeColumns({ ...nobody, audience: 'leden', audienceMembers: [mother.id], subjects: [mother.id] })),
    });
  }
  const documents = Array.from({ length: r.int(0, 3) }, () => {
    const uploader = r.pick(adults);
    const id = r.uuid();
    return {
      id, family_id: familyId, uploader_user_id: uploader.userId, uploader_member_id: uploader.id, storage_key: id, display_name: 'brief-school.pdf',
      content_type: 'application/pdf', size_bytes: r.int(20_000, 900_000), sha256: r.hex(64), created_at: at(r.int(0, startedDaysAgo)), client_id: r.uuid(),
      ...envelopeColumns(documentEnvelope(uploader.id, { kind: 'professionals' })),
    };
  });

  const assignments = [
    { id: r.uuid(), family_id: familyId, user_id: regisseur, role: 'regisseur', since: created },
    { id: r.uuid(), family_id: familyId, user_id: betrokken, role: 'betrokken', since: created },
  ];
  const helperUsers: Row[] = [];
  const delegations: Row[] = [];
  if (r.chance(0.15)) {
    const helper = r.uuid();
    helperUsers.push({ id: helper, kind: 'helper', display_name: `Helper ${lastName}`, organisation: 'MEE Utrecht', job_title: 'Ervaringsdeskundige', created_at: created });
    const from = at(r.int(1, 60));
    delegations.push({ id: r.uuid(), family_id: familyId, member_id: mother.id, helper_user_id: helper, scopes: ['lezen', 'reageren'], valid_from: from, valid_until: new Date(Date.parse(from) + 180 * 86_400_000).toISOString(), created_at: from });
  }

  const readers = [...writers.map((p) => ({ userId: p.userId!, kind: 'member', name: `${p.firstName} ${lastName}`, organisation: null, memberId: p.id })),
    { userId: regisseur, kind: 'professional', name: 'Regisseur', organisation: 'Jeugdbescherming Regio', memberId: null }];
  const accessLog: AccessEntry[] = Array.from({ length: r.int(10, 50) }, () => {
    const reader = r.pick(readers);
    return {
      at: new Date(at(r.int(0, publishedDaysAgo))), actorUserId: reader.userId, actorKind: reader.kind, actorName: reader.name, actorOrganisation: reader.organisation,
      onBehalfOfMemberId: null, familyId, subjectMemberIds: reader.memberId ? [reader.memberId] : people.map((p) => p.id), action: 'lezen' as const, objectKind: 'plan',
      objectIds: [versionId], clientIp: null,
    };
  }).sort((a, b) => a.at.getTime() - b.at.getTime());

  // A youth of 16 or more now and then closes an item for a parent (drawn last, so the families
  // generated before this existed stay as they were).
  const youthChoices = kids
    .filter((kid) => kid.age >= 16 && kid.userId && r.chance(0.6))
    .map((kid) => ({
      id: r.uuid(), family_id: familyId, owner_member_id: kid.id, viewer_member_id: r.pick([mother, father]).id, target_kind: 'item',
      target_key: r.pick(items).row.item_key, open: false, chosen_at: at(r.int(0, publishedDaysAgo)),
    }));

  return {
    familyId,
    tables: [
      ['families', [{ id: familyId, name: `Gezin ${lastName}`, kind: 'gezin', created_at: created }]],
      ['users', [...users, ...helperUsers]],
      ['members', members],
      ['member_relations', relations],
      ['member_fields', fields],
      ['plans', [{ id: planId, family_id: familyId, created_at: created }]],
      ['plan_versions', [{ id: versionId, family_id: familyId, plan_id: planId, number: 1, title: 'Ons plan', summary: 'Dit plan maakten we samen.', published_at: published, published_by: regisseur, ...envelopeColumns(planEnvelope) }]],
      ['plan_items', items.map((i) => i.row)],
      ['professional_assignments', assignments],
      ['delegations', delegations],
      ['comments', roots],
      ['comments', replies],
      ['instemmingen', instemmingen],
      ['toestemmingen', toestemmingen],
      ['correctieverzoeken', correcties],
      ['documents', documents],
      ['youth_choices', youthChoices],
    ],
    accessLog,
  };
}
