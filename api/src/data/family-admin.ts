import {
  decide,
  memberProfileGuarded,
  startOfDutchDay,
  type AdminRelationView,
  type AssignmentView,
  type Created,
  type FamilyAdminView,
  type HandOver,
  type HandOverCandidates,
  type MemberChange,
  type NewFamily,
  type NewMember,
  type NewMemberField,
  type NewRelation,
  type RelationEnd,
} from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { AppError } from '../http/problems.ts';
import type { FamilyScope } from './family-scope.ts';
import { professionalAccount } from './principals.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders } from './rows.ts';
import { RequestRepository } from './repository-context.ts';

const invalid = (field: string) => new AppError('ongeldige-invoer', { fields: [field] });

/**
 * Making and keeping a family: the household, its members, their relations and shielded fields, and
 * who works with it. Only the family's regisseur does this (a betrokken professional reads it). Every
 * write goes into the family's tables, whose triggers number it in the change log, so members'
 * devices follow at the next sync; every write is in the access log with who decided it.
 */
export class FamilyAdminRepository extends RequestRepository {
  /** A new family with no members yet; the professional who makes it becomes its regisseur from now on. */
  async createFamily(input: NewFamily): Promise<Created> {
    const principal = professionalAccount(this.principal);
    const name = input.name.trim();
    if (!name) throw invalid('name');
    const id = randomUUID();
    const at = this.now.toISOString();
    await this.deps.db.transaction(async (tx) => {
      await tx.query(`insert into families (id, name, kind, created_at) values ($1, $2, $3, $4)`, [id, name, input.kind, at]);
      await tx.query(`insert into plans (id, family_id, created_at) values ($1, $2, $3)`, [randomUUID(), id, at]);
      await tx.query(
        `insert into professional_assignments (id, family_id, user_id, role, since, assigned_by) values ($1, $2, $3, 'regisseur', $4, $3)`,
        [randomUUID(), id, principal.userId, at],
      );
    });
    // She may enter the family from her very next request, not only once the notification arrives.
    this.deps.forgetPrincipals?.();
    // This request's principal was resolved before the family existed, so the entry is made here, not through a scope.
    await this.deps.log.record({
      at: this.now,
      actorUserId: principal.userId,
      actorKind: principal.kind,
      actorName: principal.name,
      actorOrganisation: principal.organisation,
      onBehalfOfMemberId: null,
      familyId: id,
      subjectMemberIds: [],
      action: 'aanmaken',
      objectKind: 'gezin',
      objectIds: [id],
      clientIp: this.clientIp,
    });
    return { id };
  }

  /** The family as its professionals manage it: every member with birth date, relations, and who is assigned when. */
  async view(familyId: string): Promise<FamilyAdminView> {
    const scope = await this.enter(familyId);
    // Managing the family is the professionals' work, with either role (acting rules).
    scope.professionalActor('beslissen');
    const { snapshot } = scope;
    const members = snapshot.members
      .filter((m) => decide(scope.lens, memberProfileGuarded(familyId, m.id)).visible)
      .map((m) => ({ id: m.id, firstName: m.firstName, lastName: m.lastName, role: m.role, birthDate: m.birthDate }));
    const relations = await scope.db.query<AdminRelationView>(
      `select id, from_member_id as "fromMemberId", to_member_id as "toMemberId", kind, to_char(since, 'YYYY-MM-DD') as since, to_char(until, 'YYYY-MM-DD') as until
         from member_relations where family_id = $1 order by kind, since nulls first`,
      [familyId],
    );
    const assignments = await scope.db.query<{ userId: string; name: string; role: AssignmentView['role']; since: Date; until: Date | null }>(
      `select a.user_id as "userId", u.display_name as name, a.role, a.since, a.until
         from professional_assignments a join users u on u.id = a.user_id where a.family_id = $1 order by a.since, u.display_name`,
      [familyId],
    );
    await scope.record('lezen', 'gezin', [familyId, ...members.map((m) => m.id)], members.map((m) => m.id));
    return {
      id: familyId,
      name: snapshot.name,
      members,
      relations,
      assignments: assignments.map((a) => ({ ...a, since: a.since.toISOString(), until: a.until ? a.until.toISOString() : null })),
      // Asked without a refusal in the log: the screen only hides forms the server would refuse.
      mayEdit: scope.may('bewerken'),
      mayInvite: scope.may('uitnodigen'),
      today: scope.at.day,
    };
  }

  async addMember(familyId: string, input: NewMember): Promise<Created> {
    const scope = await this.#regisseur(familyId);
    const firstName = input.firstName.trim();
    const lastName = input.lastName.trim();
    if (!firstName) throw invalid('firstName');
    if (!lastName) throw invalid('lastName');
    if (input.birthDate > scope.at.day) throw invalid('birthDate');
    const id = randomUUID();
    await scope.write((tx) =>
      tx.query(`insert into members (id, family_id, first_name, last_name, role, birth_date, created_at) values ($1, $2, $3, $4, $5, $6, $7)`, [
        id, familyId, firstName, lastName, input.role, input.birthDate, scope.now.toISOString(),
      ]),
    );
    await scope.record('aanmaken', 'gezinslid', [id], [id]);
    return { id };
  }

  /** Name, role or birth date corrected; what is left out stays as it was. */
  async updateMember(familyId: string, memberId: string, change: MemberChange): Promise<void> {
    const scope = await this.#regisseur(familyId);
    const member = scope.snapshot.members.find((m) => m.id === memberId);
    if (!member) throw new AppError('niet-gevonden');
    const firstName = change.firstName?.trim() ?? member.firstName;
    const lastName = change.lastName?.trim() ?? member.lastName;
    if (!firstName) throw invalid('firstName');
    if (!lastName) throw invalid('lastName');
    if (change.birthDate && change.birthDate > scope.at.day) throw invalid('birthDate');
    await scope.write((tx) =>
      tx.query(`update members set first_name = $3, last_name = $4, role = coalesce($5, role), birth_date = coalesce($6, birth_date) where id = $1 and family_id = $2`, [
        memberId, familyId, firstName, lastName, change.role ?? null, change.birthDate ?? null,
      ]),
    );
    await scope.record('wijzigen', 'gezinslid', [memberId], [memberId]);
  }

  /**
   * A member who does not belong to the household (any more): gone from every member's screens and
   * devices at the next sync, and her own account no longer enters the family. The row stays, so the
   * plan's history and the access log keep their names.
   */
  async removeMember(familyId: string, memberId: string): Promise<void> {
    const scope = await this.#regisseur(familyId);
    if (!scope.snapshot.members.some((m) => m.id === memberId)) throw new AppError('niet-gevonden');
    await scope.write((tx) => tx.query(`update members set removed_at = $3 where id = $1 and family_id = $2 and removed_at is null`, [memberId, familyId, scope.now.toISOString()]));
    // Her own sessions must not enter the family from the next request on.
    this.deps.forgetPrincipals?.();
    await scope.record('verwijderen', 'gezinslid', [memberId], [memberId]);
  }

  /**
   * The last day of a relation. Ending a contactverbod widens what two members see of each other
   * from the next day, so it is logged with both as subjects and who decided; the day cannot lie in
   * the past (that would rewrite what was already hidden).
   */
  async endRelation(familyId: string, relationId: string, end: RelationEnd): Promise<void> {
    const scope = await this.#regisseur(familyId);
    const relation = await this.#relation(scope, relationId);
    if (end.until < scope.at.day || (relation.since && end.until <= relation.since)) throw invalid('until');
    await scope.write((tx) => tx.query(`update member_relations set until = $3, decided_by = $4 where id = $1 and family_id = $2`, [relationId, familyId, end.until, scope.principal.userId]));
    await scope.record('wijzigen', 'relatie', [relationId], [relation.fromMemberId, relation.toMemberId]);
  }

  /** A relation entered by mistake; a contactverbod is ended with a day instead, so its history stays. */
  async removeRelation(familyId: string, relationId: string): Promise<void> {
    const scope = await this.#regisseur(familyId);
    const relation = await this.#relation(scope, relationId);
    if (relation.kind === 'contactverbod') throw new AppError('contactverbod-beeindigen');
    await scope.write((tx) => tx.query(`delete from member_relations where id = $1 and family_id = $2`, [relationId, familyId]));
    await scope.record('verwijderen', 'relatie', [relationId], [relation.fromMemberId, relation.toMemberId]);
  }

  async #relation(scope: FamilyScope, relationId: string): Promise<{ fromMemberId: string; toMemberId: string; kind: string; since: string | null }> {
    const [relation] = await scope.db.query<{ fromMemberId: string; toMemberId: string; kind: string; since: string | null }>(
      `select from_member_id as "fromMemberId", to_member_id as "toMemberId", kind, to_char(since, 'YYYY-MM-DD') as since from member_relations where id = $1 and family_id = $2`,
      [relationId, scope.familyId],
    );
    if (!relation) throw new AppError('niet-gevonden');
    return relation;
  }

  /**
   * Ouder-van, gezag-over or a contactverbod between two members. A contactverbod narrows what both
   * see of each other from its first day, so it needs that day; it is logged with who decided it.
   */
  async addRelation(familyId: string, input: NewRelation): Promise<Created> {
    const scope = await this.#regisseur(familyId);
    const known = (id: string) => scope.snapshot.members.some((m) => m.id === id);
    if (!known(input.fromMemberId)) throw invalid('fromMemberId');
    if (!known(input.toMemberId) || input.toMemberId === input.fromMemberId) throw invalid('toMemberId');
    if (input.kind === 'contactverbod' && !input.since) throw invalid('since');
    if (input.since && input.until && input.until <= input.since) throw invalid('until');
    const [exists] = await scope.db.query(`select 1 from member_relations where from_member_id = $1 and to_member_id = $2 and kind = $3`, [
      input.fromMemberId, input.toMemberId, input.kind,
    ]);
    if (exists) throw invalid('kind');
    const id = randomUUID();
    await scope.write((tx) =>
      tx.query(
        `insert into member_relations (id, family_id, from_member_id, to_member_id, kind, since, until, decided_by) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, familyId, input.fromMemberId, input.toMemberId, input.kind, input.since ?? null, input.until ?? null, scope.principal.userId],
      ),
    );
    await scope.record('aanmaken', 'relatie', [id], [input.fromMemberId, input.toMemberId]);
    return { id };
  }

  /**
   * An address, phone number or e-mail of a member, seen by the adults of the family and the member
   * herself. Hiding it from named members needs a reason chosen on purpose ("anders" with text).
   */
  async addField(familyId: string, memberId: string, input: NewMemberField): Promise<Created> {
    const scope = await this.#regisseur(familyId);
    if (!scope.snapshot.members.some((m) => m.id === memberId)) throw new AppError('niet-gevonden');
    const value = input.value.trim();
    if (!value) throw invalid('value');
    const shieldedFrom = [...new Set(input.shieldedFrom)];
    if (shieldedFrom.some((id) => id === memberId || !scope.snapshot.members.some((m) => m.id === id))) throw invalid('shieldedFrom');
    const reasonText = input.reasonText?.trim() || null;
    if (shieldedFrom.length > 0 && !input.reason) throw new AppError('uitleg-nodig', { fields: ['reason'] });
    if (input.reason === 'anders' && !reasonText) throw new AppError('uitleg-nodig', { fields: ['reasonText'] });
    const reason = shieldedFrom.length > 0 ? input.reason! : null;
    const id = randomUUID();
    const envelope = envelopeParams({
      audience: 'volwassenen',
      audienceMembers: [],
      subjects: [memberId],
      authorMemberId: null,
      shieldedFrom,
      sharedAcrossContactverbod: false,
      generalInfo: false,
      fieldShields: {},
    });
    await scope.write((tx) =>
      tx.query(
        `insert into member_fields (id, family_id, member_id, field, value, updated_at, shield_reason, shield_reason_text, ${envelopeColumnList})
         values ($1, $2, $3, $4, $5, $6, $7, $8, ${envelopePlaceholders(9)})`,
        [id, familyId, memberId, input.field, value, scope.now.toISOString(), reason, reason ? reasonText : null, ...envelope],
      ),
    );
    // Who decided that these members may not see it: the subjects are the owner and everyone it is hidden from.
    await scope.record('aanmaken', 'contactgegeven', [id], [memberId, ...shieldedFrom]);
    return { id };
  }

  /**
   * The regisseur hands the family over to another professional on a day: her own assignment ends
   * at that day's start (or now, for today) and the other's begins then. Both rows stay as history.
   */
  async handOver(familyId: string, input: HandOver): Promise<Created> {
    const scope = await this.#regisseur(familyId);
    if (input.on < scope.at.day) throw invalid('on');
    if (input.toUserId === scope.principal.userId) throw invalid('toUserId');
    const [to] = await scope.db.query(`select 1 from users where id = $1 and kind = 'professional' and disabled_at is null`, [input.toUserId]);
    if (!to) throw invalid('toUserId');
    const at = input.on === scope.at.day ? scope.now : startOfDutchDay(input.on);
    const id = randomUUID();
    const ended = await scope.write(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `update professional_assignments set until = $3
          where family_id = $1 and user_id = $2 and role = 'regisseur' and since <= $4 and (until is null or until > $3) returning id`,
        [familyId, scope.principal.userId, at.toISOString(), scope.now.toISOString()],
      );
      await tx.query(
        `insert into professional_assignments (id, family_id, user_id, role, since, assigned_by) values ($1, $2, $3, 'regisseur', $4, $5)`,
        [id, familyId, input.toUserId, at.toISOString(), scope.principal.userId],
      );
      return rows.map((r) => r.id);
    });
    this.deps.forgetPrincipals?.();
    await scope.record('wijzigen', 'toewijzing', [...ended, id], []);
    return { id };
  }

  /**
   * Whom the regisseur may choose for a hand-over: the active professionals the hand-over accepts,
   * without herself; colleagues of her own organisation first. Another professional of the family
   * hears that she may not hand over (an answer, not a refusal in the family's access log).
   */
  async handOverCandidates(familyId: string): Promise<HandOverCandidates> {
    const scope = await this.enter(familyId);
    const principal = scope.principal;
    scope.professionalActor('beslissen');
    // Handing over changes the family: the acting rules' `bewerken`, asked without a refusal in the log.
    if (!scope.may('bewerken')) return { mayHandOver: false, earliestDay: scope.at.day, candidates: [] };
    const rows = await scope.db.query<HandOverCandidates['candidates'][number]>(
      `select u.id as "userId", u.display_name as name, u.organisation, u.job_title as "jobTitle",
              coalesce(u.organisation = me.organisation, false) as "sameOrganisation"
         from users u cross join (select organisation from users where id = $1) me
        where u.kind = 'professional' and u.disabled_at is null and u.id <> $1
        order by "sameOrganisation" desc, u.organisation nulls last, u.display_name`,
      [principal.userId],
    );
    return { mayHandOver: true, earliestDay: scope.at.day, candidates: rows };
  }

  /** The family opened for a write by its regisseur; anyone else who may enter gets 403. */
  async #regisseur(familyId: string): Promise<FamilyScope> {
    const scope = await this.enter(familyId);
    scope.professionalActor('bewerken');
    return scope;
  }
}
