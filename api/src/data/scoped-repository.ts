import { dutchDay, type ContactInbox, type FamilySummary, type HelperActionsPage, type MyDataExport, type PlanView, type Printed, type SyncResponse, type YouthChoiceInput, type YouthSayPage } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { myData, syncRecords, tombstonesOf } from './member-view.ts';
import { AccessLogViewRepository } from './access-log-view.ts';
import { helperActions } from './helper-actions.ts';
import { chooseForParents, youthSayPage } from './youth-say.ts';
import { CommentsRepository } from './comments.ts';
import { ContactMessagesRepository, contactInboxFor } from './contact-messages.ts';
import { ScoresRepository } from './scores.ts';
import { SatisfactionRepository } from './satisfaction.ts';
import { DocumentsRepository } from './documents.ts';
import { CorrectionsRepository, familyVerklaringen } from './corrections.ts';
import { ContactChangesRepository } from './contact-changes.ts';
import { DelegationsRepository } from './delegations.ts';
import { FamilyAdminRepository } from './family-admin.ts';
import { MemberAccountsRepository } from './member-accounts.ts';
import { WorkProfileRepository } from './work-profile.ts';
import { enterFamily, type DataDeps, type FamilyScope } from './family-scope.ts';
import { readsAt } from './family-store.ts';
import { currentPlanView, familyView } from './plan-reads.ts';
import { InstemmingRepository } from './instemming.ts';
import { PlanVersionsRepository } from './plan-publishing.ts';
import { PlanDraftsRepository } from './plan-drafts.ts';
import { ToestemmingRepository } from './toestemming.ts';
import { ToestemmingsverzoekenRepository } from './toestemmingsverzoeken.ts';
import { AgendaRepository } from './agenda.ts';
import { familyIdsOf, type ActingAs, type Principal } from './principals.ts';
import type { AccessAction, AccessEntry } from './access-log.ts';
import { RefusalTrail, type Attempt } from './refusals.ts';
import { collectingLog, deliver, unionOf } from './sync-deliveries.ts';
import type { RepositoryContext } from './repository-context.ts';

/**
 * The only way routes reach family data (REQUIREMENTS C1). Built per request from the session:
 * every method opens the family through the viewer's lens, so every object passes the visibility
 * engine before it leaves, hidden fields are stripped, every read and write is logged, and anything
 * unknown or hidden is the same "niet gevonden". Feature repositories hang off it and get only `enter`.
 */
export class ScopedRepository {
  readonly #deps: DataDeps;
  readonly #principal: Principal;
  readonly #clientIp: string | null;
  readonly #now: Date;
  readonly #actingAs: ActingAs;
  readonly #trail = new RefusalTrail();
  readonly comments: CommentsRepository;
  readonly contactMessages: ContactMessagesRepository;
  readonly documents: DocumentsRepository;
  readonly instemming: InstemmingRepository;
  readonly toestemming: ToestemmingRepository;
  readonly toestemmingsverzoeken: ToestemmingsverzoekenRepository;
  readonly agenda: AgendaRepository;
  readonly planVersions: PlanVersionsRepository;
  readonly planDrafts: PlanDraftsRepository;
  readonly corrections: CorrectionsRepository;
  readonly accessLog: AccessLogViewRepository;
  readonly contactChanges: ContactChangesRepository;
  readonly familyAdmin: FamilyAdminRepository;
  readonly memberAccounts: MemberAccountsRepository;
  readonly workProfile: WorkProfileRepository;
  readonly delegations: DelegationsRepository;
  readonly scores: ScoresRepository;
  readonly satisfaction: SatisfactionRepository;

  constructor(deps: DataDeps, principal: Principal, clientIp: string | null, actingAs: ActingAs = { as: 'zelf' }) {
    this.#deps = deps;
    this.#actingAs = actingAs;
    this.#principal = principal;
    this.#clientIp = clientIp;
    this.#now = deps.clock.now();
    const enter = (familyId: string) => this.#enter(familyId);
    const context: RepositoryContext = { enter, deps, principal, now: this.#now, clientIp };
    this.comments = new CommentsRepository(enter);
    this.contactMessages = new ContactMessagesRepository(enter);
    this.documents = new DocumentsRepository(enter);
    this.instemming = new InstemmingRepository(enter);
    this.toestemming = new ToestemmingRepository(enter);
    this.toestemmingsverzoeken = new ToestemmingsverzoekenRepository(enter, this.toestemming);
    this.agenda = new AgendaRepository(enter);
    this.planVersions = new PlanVersionsRepository(enter);
    this.planDrafts = new PlanDraftsRepository(enter);
    this.corrections = new CorrectionsRepository(enter, principal, this.#now);
    this.accessLog = new AccessLogViewRepository(enter);
    this.contactChanges = new ContactChangesRepository(enter);
    this.familyAdmin = new FamilyAdminRepository(context);
    this.memberAccounts = new MemberAccountsRepository(enter, deps);
    this.workProfile = new WorkProfileRepository(context);
    this.delegations = new DelegationsRepository(context);
    this.scores = new ScoresRepository(enter);
    this.satisfaction = new SatisfactionRepository(context);
  }

  /** The request's one clock reading, which every repository of this request uses too. */
  get requestTime(): Date {
    return this.#now;
  }

  async myFamilies(): Promise<FamilySummary[]> {
    const families: FamilySummary[] = [];
    const at = { day: dutchDay(this.#now), instant: this.#now.toISOString() };
    for (const familyId of familyIdsOf(this.#principal, at)) {
      // Without the trail: leaving out one of one's own families is no refused attempt.
      const scope = await enterFamily(this.#deps, this.#principal, this.#clientIp, this.#now, familyId, undefined, this.#actingAs).catch(() => undefined);
      if (scope) families.push(await familyView(scope));
    }
    return families;
  }

  /** "Berichten" in the workspace: contact threads not yet done, over the families she is assigned to. */
  async contactInbox(): Promise<ContactInbox> {
    return contactInboxFor((familyId) => this.#enter(familyId), this.#principal, this.#now);
  }

  async family(familyId: string): Promise<FamilySummary> {
    return familyView(await this.#enter(familyId));
  }

  /** "Wat Ria voor u deed": what helpers did on behalf of this member. */
  async helperActions(familyId: string): Promise<HelperActionsPage> {
    return helperActions(await this.#enter(familyId));
  }

  /** "Wat zien je ouders van jou?": a youth's own objects and what each parent sees of them, logged as her read. */
  async youthSay(familyId: string): Promise<YouthSayPage> {
    const scope = await this.#enter(familyId);
    const page = youthSayPage(scope);
    await scope.record('lezen', 'wat-zien-je-ouders', [familyId], [page.member.id]);
    return page;
  }

  /** A youth of 16+ opens or closes something of hers for her parents; answers the page as it is now. */
  async chooseForParents(familyId: string, input: YouthChoiceInput): Promise<YouthSayPage> {
    await chooseForParents(await this.#enter(familyId), input);
    return this.youthSay(familyId);
  }

  async currentPlan(familyId: string): Promise<PlanView> {
    return currentPlanView(await this.#enter(familyId));
  }

  /** Everything this person may see in the family, for "Mijn gegevens downloaden" (A7); logged as an export. */
  async exportMine(familyId: string): Promise<MyDataExport> {
    const scope = await this.#enter(familyId);
    // A7 is a member's right; a professional taking the whole family home in one file is not, nor
    // one member's file while looking as her.
    if (!scope.selfMemberId || scope.isPreview) throw new AppError('niet-toegestaan');
    const data = await myData(this, familyId, this.#now);
    await scope.record('exporteren', 'mijn-gegevens', [familyId], scope.selfMemberId ? [scope.selfMemberId] : []);
    return data;
  }

  /**
   * The portal printed a page (REQUIREMENTS D1 "printen"): the plan as "wie doet wat wanneer" (G3),
   * with exactly what this person sees on it, or the printable "Mijn gegevens" page (A7), which
   * like its download is a member's own.
   */
  async printed(familyId: string, what: Printed['what']): Promise<void> {
    const scope = await this.#enter(familyId);
    if (what === 'plan') {
      await currentPlanView(scope, 'printen');
      return;
    }
    if (!scope.selfMemberId) throw new AppError('niet-toegestaan');
    await scope.record('printen', 'mijn-gegevens', [familyId], [scope.selfMemberId]);
  }

  /**
   * The device's copy of this person's view: nothing when nothing changed since `since` on the same
   * day (ages change by the day), else the whole view plus tombstones for what left it.
   */
  async sync(familyId: string, since: number, clientDay: string | undefined): Promise<SyncResponse> {
    const scope = await this.#enter(familyId);
    const cursor = scope.snapshot.changeSeq;
    const day = scope.at.day;
    if (since === cursor && clientDay === day) return { familyId, cursor, day, unchanged: true, records: [], tombstones: [] };
    // The phone's copy holds no access log (that screen always asks the server), so a sync does not
    // read it: each sync would add "read who looked at my data" entries that nobody saw. The view is
    // read through the screens' own methods, and their reads become one entry: what this sync read.
    const log = collectingLog();
    const reader = new ScopedRepository({ ...this.#deps, store: readsAt(this.#deps.store, scope.snapshot), log, clock: { now: () => this.#now } }, this.#principal, this.#clientIp, this.#actingAs);
    const records = syncRecords(await myData(reader, familyId, this.#now, { accessLog: false }));
    const read = unionOf(log.entries);
    await scope.record('lezen', 'mijn-gegevens', read.objectIds, read.subjectMemberIds);
    // What changed after the cursor, by the family's change log (its key is family and number).
    const changes =
      since > 0 && since < cursor
        ? await scope.db.query<{ objectKind: string; objectId: string }>(
            `select object_kind as "objectKind", object_id as "objectId" from family_changes where family_id = $1 and seq > $2 and seq <= $3 order by seq`,
            [familyId, since, cursor],
          )
        : [];
    // Only what was ever sent to this person can be a tombstone: any other id would tell them that
    // something hidden exists (a comment, a moving address). A refused attempt sent nothing.
    // Comments also leave a view without changing themselves (their item was narrowed or removed).
    // So do eigen verklaringen, which hang on their target.
    const comments = scope.snapshot.comments.map((c) => ({ objectKind: 'comments', objectId: c.id }));
    const verklaringen = (await familyVerklaringen(scope)).map((v) => ({ objectKind: 'eigen_verklaringen', objectId: v.id }));
    // A preview is the professional's screen, not the member's device: nothing is noted as sent.
    const tombstones = await deliver(scope.db, familyId, scope.viewUserId, tombstonesOf([...changes, ...comments, ...verklaringen], records), scope.isPreview ? [] : records);
    return { familyId, cursor, day, unchanged: false, records, tombstones };
  }

  /**
   * Logs a refused request (REQUIREMENTS D1): a 403, or a 404 on a family or object that exists
   * but is hidden from this person. Nothing waits for it and the answer stays as it is, so neither
   * the answer nor its timing tells whether the thing exists; the entry is for auditors.
   *
   * The entry names no member (`subjectMemberIds` empty): nobody's data was shown, and a member's
   * "Wie heeft mijn gegevens bekeken" lists entries by member, where an attempt that showed nothing
   * would read as a look. The family and the object ids say what was tried. One exception: a helper
   * refused while acting for a member tried it in her name, so it is in her log (issue 11), where
   * the screen says it was refused.
   */
  refused(attempt: Attempt, onError: (error: unknown) => void): void {
    this.#deps.log.recordLater(async () => {
      const entry = await this.#refusal(attempt);
      return entry && { ...entry, outcome: 'geweigerd' as const };
    }, onError);
  }

  async #refusal({ status, action, route, ids }: Attempt): Promise<AccessEntry | undefined> {
    const { scope, closedFamilyId, hidden } = this.#trail;
    if (status === 403) return scope ? refusedFor(scope.entry(action, route, ids, [])) : this.#outsider(action, null, route, ids);
    const hiddenId = ids.find((id) => hidden.has(id));
    if (scope && hiddenId) return scope.entry(action, hidden.get(hiddenId)!, [hiddenId], []);
    if (closedFamilyId && ids.includes(closedFamilyId)) {
      // A random id is no attempt on anyone's data; a family that exists is.
      const [known] = await this.#deps.db.query('select 1 from families where id = $1', [closedFamilyId]);
      if (known) return this.#outsider(action, closedFamilyId, 'gezin', [closedFamilyId]);
    }
    return undefined;
  }

  /** The entry of someone who did not get into the family (or into none). */
  #outsider(action: AccessAction, familyId: string | null, objectKind: string, objectIds: readonly string[]): AccessEntry {
    const p = this.#principal;
    // A helper whose delegation in this family ended still acts for that member.
    const ended = familyId ? p.delegations.findLast((d) => d.familyId === familyId) : undefined;
    const forMember = ended?.memberId ?? null;
    return {
      at: this.#now,
      actorUserId: p.userId,
      actorKind: p.kind,
      actorName: p.name,
      actorOrganisation: p.organisation,
      onBehalfOfMemberId: forMember,
      familyId,
      subjectMemberIds: [],
      action,
      objectKind,
      objectIds,
      clientIp: this.#clientIp,
      // The refused helper's basis: the delegation that no longer lets her in, and who ended it.
      ...(ended ? { delegation: { id: ended.id, decidedByUserId: ended.decidedByUserId, scopes: ended.scopes, validUntil: ended.validUntil } } : {}),
    };
  }

  #enter(familyId: string): Promise<FamilyScope> {
    return enterFamily(this.#deps, this.#principal, this.#clientIp, this.#now, familyId, this.#trail, this.#actingAs);
  }
}

/** How a feature repository opens a family: through the lens of this request's principal. */
export type EnterFamily = (familyId: string) => Promise<FamilyScope>;

/** A helper's refused act is about the member she acted for; anyone else's names no member. */
function refusedFor(entry: AccessEntry): AccessEntry {
  return entry.actorKind === 'helper' && entry.onBehalfOfMemberId ? { ...entry, subjectMemberIds: [entry.onBehalfOfMemberId] } : entry;
}
