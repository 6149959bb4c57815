import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  documentEnvelope,
  toestemmingDeciders,
  toestemmingStatus,
  type CommentAuthorView,
  type DocumentAudience,
  type DocumentContentType,
  type DocumentList,
  type DocumentRoom,
  type DocumentSharingView,
  type DocumentView,
  type Guarded,
} from '@onsplan/shared';
import { inspectUpload } from '../documents/content.ts';
import { displayName } from '../documents/file-name.ts';
import type { DocumentFiles } from '../documents/files.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { subjectsOf, type Actor, type FamilyScope } from './family-scope.ts';
import { insertOnce } from './idempotent.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders, envelopeSelect, guardedOfRow, type EnvelopeRow } from './rows.ts';
import { readersOf } from './readers.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { helperNameFor, onBehalfOfNameFor } from './namens-names.ts';
import { familyPart } from './family-parts.ts';

export interface DocumentUpload {
  /** Made by the client: the same id sent again (a retried upload) stores one document. */
  clientId: string;
  /** The name the user's file had; only ever shown, after cleaning. */
  name: string;
  audience: DocumentAudience;
}

interface DocumentRow extends EnvelopeRow {
  id: string;
  name: string;
  contentType: DocumentContentType;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  organisation: string | null;
  createdAt: Date;
  uploaderUserId: string;
  uploaderMemberId: string | null;
  uploaderKind: 'member' | 'helper' | 'professional' | 'beheerder';
  uploaderName: string;
  uploaderJobTitle: string | null;
}

const documentSelect = `select d.id, d.display_name as name, d.content_type as "contentType", d.size_bytes as "sizeBytes", d.sha256, d.storage_key as "storageKey",
          d.shared_with_organisation as organisation, d.created_at as "createdAt", d.uploader_user_id as "uploaderUserId",
          d.uploader_member_id as "uploaderMemberId", u.kind as "uploaderKind", u.display_name as "uploaderName",
          u.job_title as "uploaderJobTitle", ${envelopeSelect('d')}
     from documents d join users u on u.id = d.uploader_user_id
    where d.family_id = $1`;
const documentsPart = familyPart<DocumentRow>('documenten', `${documentSelect} order by d.created_at desc, d.id`, { createdAt: true });

/**
 * Photos and files shared in a family (REQUIREMENTS C5). The uploader chooses who sees a document:
 * the professionals (the default), named members, or one organisation under a toestemming that is
 * complete today. The choice is stored as the document's visibility envelope with the uploader as
 * author, so the engine decides every read like any other family data, and the uploader always sees
 * their own document.
 */
export class DocumentsRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  /** The documents this person may see; with `files`, also a member's room for more (her share). */
  async list(familyId: string, files?: Pick<DocumentFiles, 'memberQuotaBytes'>): Promise<DocumentList> {
    const scope = await this.#enter(familyId);
    const visible = scope.visible('document', await this.#rows(scope));
    await scope.record('lezen', 'documenten', visible.map((d) => d.id), subjectsOf(visible));
    const documents = visible.map((d) => documentView(scope, d));
    const memberId = scope.selfMemberId;
    if (!files || !memberId) return { documents };
    return { documents, room: memberRoom(await memberUsage(scope.db, scope.familyId, memberId), files.memberQuotaBytes) };
  }

  /**
   * Opens a document for download. The access-log entry is written before the first byte leaves.
   * Hidden and unknown answer the same "niet gevonden".
   */
  async download(familyId: string, documentId: string, files: DocumentFiles): Promise<{ document: DocumentView; content: Readable }> {
    const scope = await this.#enter(familyId);
    const [row] = await this.#rows(scope, documentId);
    if (!row || !scope.sees('document', row.id, row).visible) throw new AppError('niet-gevonden');
    const content = files.open(row.storageKey);
    // Opening fails now, not halfway through the answer, if the file is gone.
    await new Promise<void>((resolve, reject) => content.once('open', () => resolve()).once('error', reject));
    try {
      await scope.record('lezen', 'document', [row.id], subjectsOf([row]));
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { document: documentView(scope, row), content };
  }

  /**
   * Stores an upload once. Checks who may do it and the audience before reading a byte, then reads
   * the body up to the size limit, checks the content, strips photo metadata and stores the file
   * under a generated name. A retry with the same client id returns the first document.
   */
  async upload(familyId: string, upload: DocumentUpload, body: AsyncIterable<Uint8Array>, files: DocumentFiles): Promise<{ document: DocumentView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('document-delen');
    const replayed = await this.#replayed(scope, actor, upload.clientId);
    if (replayed) return { document: replayed, created: false };
    const sharing = await this.#sharing(scope, actor, upload.audience);

    const received = await files.receive(body);
    const { contentType, bytes } = inspectUpload(received);
    const name = displayName(upload.name, contentType);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = await files.save(bytes);
    let id: string;
    let created = false;
    try {
      ({ id, created } = await scope.write(async (tx) => {
        // One upload at a time per family, so two at once cannot both take the last room.
        await tx.query('select 1 from families where id = $1 for update', [scope.familyId]);
        if (actor.memberId) {
          // A member's share first: her uploads and her helper's for her (REQUIREMENTS C5).
          const room = memberRoom(await memberUsage(tx, scope.familyId, actor.memberId), files.memberQuotaBytes);
          if (bytes.length > room.leftBytes) throw files.shareFull(room.leftBytes, bytes.length, actor.onBehalfOfMemberId ? scope.memberName(actor.memberId) : undefined);
        }
        const [usage] = await tx.query<{ used: number }>('select coalesce(sum(size_bytes), 0)::bigint as used from documents where family_id = $1', [scope.familyId]);
        if (Number(usage?.used ?? 0) + bytes.length > files.familyQuotaBytes) throw new AppError('opslag-vol');
        return insertOnce(
          tx,
          { table: 'documents', familyId: scope.familyId },
          upload.clientId,
          actor.userId,
          `insert into documents (id, family_id, uploader_user_id, uploader_member_id, storage_key, display_name, content_type, size_bytes, sha256,
                                  shared_with_organisation, toestemming_id, created_at, client_id, ${envelopeColumnList})
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ${envelopePlaceholders(14)}) on conflict (client_id, family_id) do nothing returning id`,
          [
            randomUUID(), scope.familyId, actor.userId, actor.memberId, storageKey, name, contentType, bytes.length, sha256,
            sharing.organisation, sharing.toestemmingId, scope.now.toISOString(), upload.clientId, ...envelopeParams(sharing.envelope),
          ],
          'uploader_user_id',
        );
      }));
    } finally {
      if (!created) await files.remove(storageKey);
    }
    if (created) await scope.record('aanmaken', 'document', [id], subjectsOf([sharing.envelope]));
    const [row] = await this.#rows(scope, id);
    if (!row || !scope.sees('document', row.id, row).visible) throw new AppError('ongeldige-invoer', { fields: ['clientId'] });
    return { document: documentView(scope, row), created };
  }

  /**
   * Removes a document for good: the row (so every device drops it at its next sync), then the
   * file. Only its uploader may (acting rule `eigen-document`). Unknown and hidden answer the same 404; a
   * document this person sees but did not upload answers 403, as the rest of the API does. The same
   * request again by the person who removed it (a lost answer, a replayed outbox) answers done.
   */
  async remove(familyId: string, documentId: string, files: DocumentFiles): Promise<void> {
    const scope = await this.#enter(familyId);
    const [row] = await this.#rows(scope, documentId);
    if (!row || !scope.sees('document', row.id, row).visible) {
      if (await this.#removedBy(scope, documentId)) return;
      throw new AppError('niet-gevonden');
    }
    scope.authorize('document-verwijderen', removable(scope, row));
    const removed = await scope.write(async (tx) => {
      const [gone] = await tx.query<{ clientId: string }>('delete from documents where id = $1 and family_id = $2 returning client_id as "clientId"', [row.id, scope.familyId]);
      if (!gone) return false;
      await tx.query(
        'insert into document_removals (document_id, family_id, client_id, removed_by_user_id, removed_at) values ($1, $2, $3, $4, $5)',
        [row.id, scope.familyId, gone.clientId, scope.principal.userId, scope.now.toISOString()],
      );
      return true;
    });
    // Removed meanwhile by another request of the same person: done; by nobody we know: not found.
    if (!removed) {
      if (await this.#removedBy(scope, documentId)) return;
      throw new AppError('niet-gevonden');
    }
    try {
      await scope.record('verwijderen', 'document', [row.id], subjectsOf([row]));
    } finally {
      // No row points at the file any more; it goes even if the log write failed.
      await files.remove(row.storageKey);
    }
  }

  async #removedBy(scope: FamilyScope, documentId: string): Promise<boolean> {
    const rows = await scope.db.query('select 1 from document_removals where document_id = $1 and family_id = $2 and removed_by_user_id = $3', [
      documentId,
      scope.familyId,
      scope.principal.userId,
    ]);
    return rows.length > 0;
  }

  /** The document stored earlier under this client id by this user in this family, if any. */
  async #replayed(scope: FamilyScope, actor: Actor, clientId: string): Promise<DocumentView | undefined> {
    const [earlier] = await scope.db.query<{ id: string; familyId: string; userId: string }>(
      'select id, family_id as "familyId", uploader_user_id as "userId" from documents where client_id = $1',
      [clientId],
    );
    if (!earlier) {
      // An upload sent again after its document was removed must not bring the file back.
      const [removed] = await scope.db.query<{ familyId: string; userId: string }>(
        'select family_id as "familyId", removed_by_user_id as "userId" from document_removals where client_id = $1',
        [clientId],
      );
      if (removed) throw new AppError(removed.userId === actor.userId && removed.familyId === scope.familyId ? 'niet-gevonden' : 'ongeldige-invoer', { fields: ['clientId'] });
      return undefined;
    }
    // Someone else's id, or one used in another family: never reveal or touch that row.
    if (earlier.userId !== actor.userId || earlier.familyId !== scope.familyId) throw new AppError('ongeldige-invoer', { fields: ['clientId'] });
    const [row] = await this.#rows(scope, earlier.id);
    if (!row || !scope.sees('document', row.id, row).visible) throw new AppError('ongeldige-invoer', { fields: ['clientId'] });
    return documentView(scope, row);
  }

  /** The envelope for the audience the uploader chose, after checking they may choose it. */
  async #sharing(scope: FamilyScope, actor: Actor, audience: DocumentAudience): Promise<{ envelope: EnvelopeRow; organisation: string | null; toestemmingId: string | null }> {
    switch (audience.kind) {
      case 'professionals':
        return { envelope: documentEnvelope(actor.memberId, audience), organisation: null, toestemmingId: null };
      case 'leden': {
        const memberIds = [...new Set(audience.memberIds)];
        // Only members this uploader may see; an unknown id and a hidden one answer the same.
        const known = new Set(scope.snapshot.members.map((m) => m.id));
        if (!memberIds.every((id) => known.has(id) && scope.memberName(id) !== undefined)) throw new AppError('ongeldige-invoer', { fields: ['audience'] });
        return { envelope: documentEnvelope(actor.memberId, { kind: 'leden', memberIds }), organisation: null, toestemmingId: null };
      }
      case 'organisatie': {
        const consent = await this.#activeOrganisationConsent(scope, actor, audience.toestemmingId);
        const envelope = documentEnvelope(actor.memberId, { kind: 'organisatie', subject: consent.subjectMemberId });
        return { envelope, organisation: consent.organisation, toestemmingId: consent.id };
      }
    }
  }

  /**
   * A toestemming to share with an organisation that holds today: every person who must decide
   * (REQUIREMENTS B1, by age and gezag today) gave it, nobody refused or revoked it since, and it has
   * not ended. Decisions about the same organisation count together however its name was typed (as
   * the toestemming screens group them). A member shares only under a toestemming about their own data.
   */
  async #activeOrganisationConsent(scope: FamilyScope, actor: Actor, toestemmingId: string): Promise<{ id: string; subjectMemberId: string; organisation: string }> {
    const [consent] = await scope.db.query<{ id: string; subjectMemberId: string; recipientKind: string; organisation: string }>(
      `select id, subject_member_id as "subjectMemberId", recipient_kind as "recipientKind", recipient_name as organisation
         from toestemmingen where id = $1 and family_id = $2`,
      [toestemmingId, scope.familyId],
    );
    if (!consent || (actor.memberId !== null && consent.subjectMemberId !== actor.memberId)) throw new AppError('niet-gevonden');
    if (consent.recipientKind !== 'organisatie') throw new AppError('ongeldige-invoer', { fields: ['audience'] });
    const latest = await scope.db.query<{ deciderId: string; decision: 'gegeven' | 'geweigerd' | 'ingetrokken'; validUntil: string | null }>(
      `select distinct on (given_by_member_id) given_by_member_id as "deciderId", status as decision, valid_until as "validUntil"
         from toestemmingen
        where family_id = $1 and subject_member_id = $2 and recipient_kind = 'organisatie'
          and lower(regexp_replace(btrim(recipient_name), '\\s+', ' ', 'g')) = lower(regexp_replace(btrim($3), '\\s+', ' ', 'g'))
        order by given_by_member_id, created_at desc, id`,
      [scope.familyId, consent.subjectMemberId, consent.organisation],
    );
    const day = scope.at.day;
    const required = toestemmingDeciders(scope.snapshot.factsOn(day), consent.subjectMemberId, day).required;
    if (toestemmingStatus(required, latest, day) !== 'compleet') throw new AppError('delen-zonder-toestemming');
    return consent;
  }

  async #rows(scope: FamilyScope, documentId?: string): Promise<readonly DocumentRow[]> {
    if (documentId) return scope.db.query<DocumentRow>(`${documentSelect} and d.id = $2`, [scope.familyId, documentId]);
    return scope.familyRows(documentsPart);
  }
}

/** A document as the acting rules judge its removal: they also need the account that uploaded it. */
function removable(scope: FamilyScope, d: DocumentRow): Guarded {
  return { ...guardedOfRow('document', d.id, scope.familyId, d), authorUserId: d.uploaderUserId };
}

/** What a member's uploads (and her helper's for her) take, in bytes. */
async function memberUsage(db: Db, familyId: string, memberId: string): Promise<number> {
  const [row] = await db.query<{ used: number }>('select coalesce(sum(size_bytes), 0)::bigint as used from documents where family_id = $1 and uploader_member_id = $2', [familyId, memberId]);
  return Number(row?.used ?? 0);
}

/**
 * A member's room: her share only. What the whole family uses is left out on purpose: it moves
 * when anyone uploads, also files this member may not know about (DOMAIN rule 10).
 */
function memberRoom(usedBytes: number, limitBytes: number): DocumentRoom {
  return { usedBytes, limitBytes, leftBytes: Math.max(0, limitBytes - usedBytes) };
}

function documentView(scope: FamilyScope, d: DocumentRow): DocumentView {
  return {
    id: d.id,
    name: d.name,
    contentType: d.contentType,
    sizeBytes: Number(d.sizeBytes),
    sha256: d.sha256,
    createdAt: d.createdAt.toISOString(),
    uploadedBy: uploaderView(scope, d),
    sharedWith: sharingView(scope, d),
    readers: readersOf(scope, guardedOfRow('document', d.id, scope.familyId, d)),
    mayRemove: scope.may('document-verwijderen', removable(scope, d)),
  };
}

function uploaderView(scope: FamilyScope, d: DocumentRow): CommentAuthorView {
  const isMe = d.uploaderUserId === scope.viewUserId || (d.uploaderMemberId !== null && d.uploaderMemberId === scope.selfMemberId);
  const memberName = scope.memberName(d.uploaderMemberId);
  switch (d.uploaderKind) {
    case 'professional':
      return { kind: 'professional', name: d.uploaderName, ...(d.uploaderJobTitle ? { jobTitle: d.uploaderJobTitle } : {}), isMe };
    case 'helper':
      return { kind: 'helper', name: helperNameFor(scope, d.uploaderName), isMe, ...(memberName ? { onBehalfOf: onBehalfOfNameFor(scope, d.uploaderMemberId)! } : {}) };
    default:
      return { kind: 'member', isMe, ...(memberName ? { name: memberName } : {}) };
  }
}

/** Named members only as far as this viewer may see them. */
function sharingView(scope: FamilyScope, d: DocumentRow): DocumentSharingView {
  if (d.audience === 'organisatie') return { kind: 'organisatie', organisation: d.organisation ?? '' };
  if (d.audience === 'professionals') return { kind: 'professionals' };
  const members = d.audienceMembers.flatMap((id) => {
    const name = scope.memberName(id);
    return name ? [{ id, name }] : [];
  });
  return { kind: 'leden', members };
}
