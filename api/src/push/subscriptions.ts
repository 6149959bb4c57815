import type { NewPushSubscription } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';

/** What a browser hands over when a person says yes to notices on this device (PushSubscriptionJSON). */
export type { NewPushSubscription };

export interface StoredPushSubscription extends NewPushSubscription {
  id: string;
  userId: string;
}

/** The devices that get notices, one row each; an endpoint belongs to one account at a time. */
export class PushSubscriptions {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /**
   * Saves this device's subscription for the account. The same endpoint again (the browser hands it
   * out again after a reload) keeps one row; an endpoint another account had on this phone moves to
   * this one, so the phone never gets notices for the person who used it before.
   */
  async save(userId: string, passkeyId: string | null, subscription: NewPushSubscription, now: Date): Promise<string> {
    const [row] = await this.#db.query<{ id: string }>(
      `insert into push_subscriptions (id, user_id, passkey_id, endpoint, p256dh, auth, created_at) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (endpoint) do update set user_id = excluded.user_id, passkey_id = excluded.passkey_id, p256dh = excluded.p256dh, auth = excluded.auth,
         id = case when push_subscriptions.user_id = excluded.user_id then push_subscriptions.id else excluded.id end
       returning id`,
      [randomUUID(), userId, passkeyId, subscription.endpoint, subscription.keys.p256dh, subscription.keys.auth, now.toISOString()],
    );
    return row!.id;
  }

  /** Ends one of the account's own subscriptions; false when there is none with that id. */
  async remove(userId: string, id: string): Promise<boolean> {
    const rows = await this.#db.query<{ id: string }>('delete from push_subscriptions where id = $1 and user_id = $2 returning id', [id, userId]);
    return rows.length > 0;
  }

  /** The push service says the subscription is gone (404/410): the device said no, or the app was removed. */
  async forgetEndpoint(endpoint: string): Promise<void> {
    await this.#db.query('delete from push_subscriptions where endpoint = $1', [endpoint]);
  }

  /**
   * The live subscriptions of these accounts: never of a disabled account, nor of a device whose
   * passkey was revoked (a lost phone; revoking is done in more than one place, so it is checked here).
   */
  async of(userIds: readonly string[]): Promise<StoredPushSubscription[]> {
    if (userIds.length === 0) return [];
    const rows = await this.#db.query<{ id: string; userId: string; endpoint: string; p256dh: string; auth: string }>(
      `select s.id, s.user_id as "userId", s.endpoint, s.p256dh, s.auth
         from push_subscriptions s
         join users u on u.id = s.user_id and u.disabled_at is null
         left join passkeys p on p.id = s.passkey_id
        where s.user_id = any($1::uuid[]) and (s.passkey_id is null or p.revoked_at is null)`,
      [[...userIds]],
    );
    return rows.map((r) => ({ id: r.id, userId: r.userId, endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth } }));
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.#db.query('update push_subscriptions set last_sent_at = $2 where id = $1', [id, at.toISOString()]);
  }
}
