import { assignmentRole, demoWorld, guardedOf, memberIdOf, type DemoEnvelope, type DemoFamily, type DemoWorld } from '@onsplan/shared/demo';
import { randomUUID } from 'node:crypto';
import { envelopeColumnList, envelopeParams, envelopePlaceholders } from '../data/rows.ts';
import type { Db } from './database.ts';

/** The user id of a demo member's account: derived, so the CLI and tests can find it again. */
export function demoUserIdOfMember(memberId: string): string {
  return `e${memberId.slice(1)}`;
}

/** True when the demo is already in this database. */
export async function isSeeded(db: Db): Promise<boolean> {
  const rows = await db.query('select 1 from families limit 1');
  return rows.length > 0;
}

/**
 * Writes the demo families of DOMAIN.md, as they are on `referenceDay`, in one transaction. Every
 * timestamp is `now` (the app's clock), never the database's `default now()`: in tests the app's
 * clock is a fixed day, and a field's `updated_at` becomes the start of its history when it changes.
 */
export async function seedDemo(db: Db, referenceDay: string, now: Date): Promise<DemoWorld> {
  const world = demoWorld(referenceDay);
  await db.transaction(async (tx) => {
    for (const family of world.families) await seedFamily(tx, family, now);
    const familyId = (key: string) => world.families.find((f) => f.key === key)!.id;
    for (const p of world.professionals) {
      await tx.query(
        `insert into users (id, kind, display_name, organisation, job_title, work_phone, work_hours, created_at) values ($1, 'professional', $2, $3, $4, $5, $6, $7)`,
        [p.id, p.name, p.organisation, p.jobTitle, p.workPhone, p.workHours, now.toISOString()],
      );
      for (const key of p.families) {
        await tx.query(`insert into professional_assignments (id, family_id, user_id, role, since) values ($1, $2, $3, $4, $5)`, [
          randomUUID(), familyId(key), p.id, assignmentRole(p, key), now.toISOString(),
        ]);
      }
    }
    for (const h of world.helpers) {
      await tx.query(`insert into users (id, kind, display_name, organisation, job_title, created_at) values ($1, 'helper', $2, $3, 'Ervaringsdeskundige', $4)`, [
        h.id, h.name, h.organisation, now.toISOString(),
      ]);
      const family = world.families.find((f) => f.key === h.delegation.family)!;
      const until = new Date(now.getTime() + h.delegation.validForDays * 86_400_000);
      await tx.query(
        `insert into delegations (id, family_id, member_id, helper_user_id, scopes, valid_from, valid_until, created_at) values ($1, $2, $3, $4, $5, $6, $7, $6)`,
        [h.delegation.id, family.id, memberIdOf(family, h.delegation.member), h.id, h.delegation.scopes, now.toISOString(), until.toISOString()],
      );
    }
    await tx.query(`insert into users (id, kind, display_name, organisation, created_at) values ($1, 'beheerder', $2, 'Ons Plan', $3)`, [world.beheerder.id, world.beheerder.name, now.toISOString()]);
  });
  return world;
}

async function seedFamily(tx: Db, family: DemoFamily, now: Date): Promise<void> {
  const at = now.toISOString();
  await tx.query(`insert into families (id, name, kind, created_at) values ($1, $2, $3, $4)`, [family.id, family.name, family.kind, at]);
  for (const m of family.members) {
    const userId = m.hasAccount ? demoUserIdOfMember(m.id) : null;
    if (userId) await tx.query(`insert into users (id, kind, display_name, created_at) values ($1, 'member', $2, $3)`, [userId, `${m.firstName} ${m.lastName}`, at]);
    await tx.query(
      `insert into members (id, family_id, user_id, first_name, last_name, role, birth_date, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [m.id, family.id, userId, m.firstName, m.lastName, m.role, m.birthDate, at],
    );
  }
  for (const m of family.members) {
    for (const child of m.parentOf) await insertRelation(tx, family, m.key, child, 'ouder-van');
    for (const child of m.gezagOver) await insertRelation(tx, family, m.key, child, 'gezag-over');
  }
  for (const [a, b] of family.contactverboden) await insertRelation(tx, family, a, b, 'contactverbod');

  const plan = family.plan;
  await tx.query(`insert into plans (id, family_id, created_at) values ($1, $2, $3)`, [plan.id, family.id, at]);
  const planEnvelope = envelopeParams(guardedOf(family, 'plan', plan.id, plan.envelope));
  await tx.query(
    `insert into plan_versions (id, family_id, plan_id, number, title, summary, ${envelopeColumnList}) values ($1, $2, $3, 1, $4, $5, ${envelopePlaceholders(6)})`,
    [plan.versionId, family.id, plan.id, plan.title, plan.summary, ...planEnvelope],
  );
  for (const [position, item] of plan.items.entries()) {
    const envelope = envelopeParams(guardedOf(family, 'plan-item', item.id, item.envelope));
    await tx.query(
      `insert into plan_items (id, family_id, version_id, item_key, section, kind, position, what, who, when_text, where_text, what_if, scale, ${envelopeColumnList})
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ${envelopePlaceholders(14)})`,
      [item.id, family.id, plan.versionId, item.id, item.section, item.kind, position, item.what, item.who, item.when, item.where ?? null, item.whatIf ?? null, item.scale ?? null, ...envelope],
    );
  }
  await tx.query(`update plan_versions set published_at = $2 where id = $1`, [plan.versionId, at]);
  await tx.query(`update plans set current_version_id = $2 where id = $1`, [plan.id, plan.versionId]);

  for (const field of family.fields) {
    const envelope = envelopeParams(guardedOf(family, 'member-field', field.id, field.envelope as DemoEnvelope));
    await tx.query(
      `insert into member_fields (id, family_id, member_id, field, value, updated_at, ${envelopeColumnList}) values ($1, $2, $3, $4, $5, $6, ${envelopePlaceholders(7)})`,
      [field.id, family.id, memberIdOf(family, field.member), field.field, field.value, at, ...envelope],
    );
  }
}

async function insertRelation(tx: Db, family: DemoFamily, from: string, to: string, kind: string): Promise<void> {
  await tx.query(`insert into member_relations (id, family_id, from_member_id, to_member_id, kind) values ($1, $2, $3, $4, $5)`, [
    randomUUID(), family.id, memberIdOf(family, from), memberIdOf(family, to), kind,
  ]);
}
