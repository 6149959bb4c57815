import type { FamilyContactList, WorkProfile } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { isAssignmentActive, professionalAccount } from './principals.ts';
import { RequestRepository } from './repository-context.ts';

/** A professional's work phone and hours, and how members of her families reach her. */
export class WorkProfileRepository extends RequestRepository {
  async mine(): Promise<WorkProfile> {
    const userId = this.#professionalId();
    const [row] = await this.deps.db.query<WorkProfile>(`select work_phone as "workPhone", work_hours as "workHours" from users where id = $1`, [userId]);
    return row ?? { workPhone: null, workHours: null };
  }

  async update(input: WorkProfile): Promise<WorkProfile> {
    const userId = this.#professionalId();
    const phone = input.workPhone?.trim() || null;
    // Digits, spaces, dashes, brackets and a leading +: what a tel: link can dial.
    if (phone && !/^\+?[0-9][0-9 ()-]{5,30}$/.test(phone)) throw new AppError('ongeldige-invoer', { fields: ['workPhone'] });
    const hours = input.workHours?.trim() || null;
    await this.deps.db.query(`update users set work_phone = $2, work_hours = $3 where id = $1`, [userId, phone, hours]);
    return { workPhone: phone, workHours: hours };
  }

  /** The professionals assigned to the family now, with their work phone; anyone inside the family may read it. */
  async familyContacts(familyId: string): Promise<FamilyContactList> {
    const scope = await this.enter(familyId);
    const assigned = scope.snapshot.professionals.filter((p) =>
      isAssignmentActive({ since: p.since.toISOString(), until: p.until ? p.until.toISOString() : null }, scope.at),
    );
    const userIds = [...new Set(assigned.map((p) => p.userId))];
    const professionals = await scope.db.query<FamilyContactList['professionals'][number]>(
      `select display_name as name, job_title as "jobTitle", organisation, work_phone as "workPhone", work_hours as "workHours"
         from users where id = any($1::uuid[]) and disabled_at is null order by display_name`,
      [userIds],
    );
    return { professionals };
  }

  #professionalId(): string {
    return professionalAccount(this.principal).userId;
  }
}
