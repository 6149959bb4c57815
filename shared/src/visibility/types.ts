import type { Day } from '../dates/calendar.ts';

/**
 * Who an object is meant for, before the blocking rules apply. `organisatie`: shared by its writer
 * with one outside organisation under a toestemming; in the family only the writer and the
 * professionals see it.
 */
export type AudienceKind = 'gezin' | 'volwassenen' | 'leden' | 'professionals' | 'organisatie';

export type MemberRole = 'ouder' | 'jeugdige' | 'netwerk' | 'volwassene';

/** What the engine needs to know about one family member. */
export interface MemberFacts {
  readonly id: string;
  readonly role: MemberRole;
  readonly birthDate: Day | null;
  /** Children (member ids) over whom this member has parental authority (gezag). */
  readonly gezagOver: readonly string[];
  /** Children of this member, with or without gezag. */
  readonly parentOf: readonly string[];
  /** A professional blocked even general information for this parent without gezag (BW 1:377c). */
  readonly generalInfoBlocked: boolean;
}

/** Facts about one family that the rules read. */
export interface FamilyFacts {
  readonly familyId: string;
  readonly members: readonly MemberFacts[];
  /** Pairs of members who may not be in contact; order does not matter. */
  readonly contactverboden: readonly (readonly [string, string])[];
  /** Youths of 12–15 whose items their parents may not see, by a professional's judgement. */
  readonly parentAccessBlocked: readonly string[];
  /**
   * Active consents (toestemming) to let another member see a member's own items, with who gave
   * them: only the owner's own decision counts, and only from 16 on (rule toestemming-van-eigenaar).
   */
  readonly ownerConsents: readonly { readonly ownerId: string; readonly viewerId: string; readonly givenBy: string }[];
  /**
   * A youth's own choices to open or close one object of hers for one parent ("Wat zien je ouders
   * van jou?"). Stored per item, section or contact detail; the API resolves them to the object ids
   * they cover. They count only from 16, only for her parents and only on objects that are hers
   * (rules eigen-keuze-dicht, eigen-keuze-open); closed wins over open.
   */
  readonly ownerChoices: readonly OwnerChoice[];
}

/** One youth's choice for one object and one parent: `open` lets him see it, else it stays hidden from him. */
export interface OwnerChoice {
  readonly ownerId: string;
  readonly viewerId: string;
  readonly objectId: string;
  readonly open: boolean;
}

/**
 * The visibility envelope every piece of family data carries. Plan items, comments, documents and
 * personal fields all reduce to this shape, so one evaluator guards them all.
 */
export interface Guarded {
  readonly kind: GuardedKind;
  readonly id: string;
  readonly familyId: string;
  readonly audience: AudienceKind;
  /** Members addressed by name, in addition to the audience group. */
  readonly audienceMembers: readonly string[];
  /** Members the object is about. */
  readonly subjects: readonly string[];
  readonly authorMemberId: string | null;
  /** The account that wrote or uploaded it, where that matters for acting (removing a document). */
  readonly authorUserId?: string | null;
  /** Members who must never see this object (afgeschermd). */
  readonly shieldedFrom: readonly string[];
  /** A professional shared this one object across a contactverbod on purpose. */
  readonly sharedAcrossContactverbod: boolean;
  /** General information that a parent without gezag may see. */
  readonly generalInfo: boolean;
  /** Per field, the members from whom that field is afgeschermd. */
  readonly fieldShields: Readonly<Record<string, readonly string[]>>;
  /**
   * What a written object hangs on: the item or plan a comment is about, the first comment of a
   * reply's thread, the target of an eigen verklaring. A member sees the written object only while
   * they see each of these too; none of their audience or sharing passes to it.
   */
  readonly dependsOn?: readonly Guarded[];
}

export type GuardedKind =
  | 'plan'
  | 'plan-item'
  | 'member'
  | 'member-field'
  | 'comment'
  | 'document'
  | 'instemming'
  | 'toestemming'
  /** A professional's question to a member for toestemming, answered from a card. */
  | 'toestemmingsverzoek'
  | 'correctieverzoek'
  | 'eigen-verklaring'
  /** A message in a member's private thread with the professionals: help asked, "bel mij terug", an answer. */
  | 'contactbericht'
  /** An appointment a professional plans with named members (agenda). */
  | 'afspraak'
  /** A member's request to move an appointment, for the professionals. */
  | 'verplaatsverzoek'
  /** A member's own 0–10 score on a doel ("Hoe gaat het nu?"). */
  | 'score';

/**
 * What a member lets a helper do, chosen one by one (DigiD Machtigen: one or more services).
 * `lezen` comes with every delegation. `keuzes-voor-kinderen` is the explicit extra a helper needs
 * to make a legal choice (instemming, toestemming) about a child under 16 of the member.
 */
export const delegationScopes = ['lezen', 'reageren', 'instemming-geven', 'toestemming-geven', 'verzoeken-doen', 'documenten-delen', 'keuzes-voor-kinderen'] as const;
export type DelegationScope = (typeof delegationScopes)[number];

/** The scope a helper needs for each member action: the one place that maps them. */
export const scopeForAction = {
  reageren: 'reageren',
  antwoorden: 'reageren',
  instemmen: 'instemming-geven',
  'toestemming-geven': 'toestemming-geven',
  'verzoek-doen': 'verzoeken-doen',
  'contact-doorgeven': 'verzoeken-doen',
  'document-delen': 'documenten-delen',
  'document-verwijderen': 'documenten-delen',
  // Letting a parent see her data or not is her consent.
  'kiezen-wat-ouders-zien': 'toestemming-geven',
} as const satisfies Record<(typeof memberActions)[number], DelegationScope>;

export interface Delegation {
  readonly id: string;
  readonly memberId: string;
  readonly familyId: string;
  /** Always holds `lezen`; see `delegationScopes`. */
  readonly scopes: readonly DelegationScope[];
  readonly validFrom: string;
  readonly validUntil: string;
  readonly revokedAt: string | null;
}

/** What a professional is in one family: the regisseur keeps the plan together, others are betrokken. */
export type AssignmentRole = 'regisseur' | 'betrokken';

export type Viewer =
  | { readonly kind: 'member'; readonly userId: string; readonly memberId: string; readonly familyId: string }
  | { readonly kind: 'helper'; readonly userId: string; readonly delegation: Delegation }
  | {
      readonly kind: 'professional';
      readonly userId: string;
      readonly familyIds: readonly string[];
      /** The role per assigned family; a family missing here counts as betrokken. */
      readonly roles: Readonly<Record<string, AssignmentRole>>;
    }
  /** A professional of the family looks through a member's lens, read-only ("bekijk als"). */
  | { readonly kind: 'bekijk-als'; readonly userId: string; readonly memberId: string; readonly familyId: string }
  | { readonly kind: 'beheerder'; readonly userId: string };

/**
 * What someone does with an object. `lezen` is the visibility rules; every other action is decided
 * by the acting rules, and only on an object the actor may read.
 */
export type Action =
  | 'lezen'
  /** Start a comment on the plan or an item. */
  | 'reageren'
  /** Reply in a comment thread. */
  | 'antwoorden'
  | 'instemmen'
  | 'toestemming-geven'
  /** Ask a member for toestemming for a named organisation, or withdraw that question while open. */
  | 'toestemming-vragen'
  /** Ask for a correction, add an eigen verklaring. */
  | 'verzoek-doen'
  | 'document-delen'
  | 'document-verwijderen'
  /** Pass on a new address, phone number or e-mail address of one's own. */
  | 'contact-doorgeven'
  /** A youth opens or closes her own items for her parents ("Wat zien je ouders van jou?"). */
  | 'kiezen-wat-ouders-zien'
  /** Change the plan draft, the family or its members. */
  | 'bewerken'
  | 'publiceren'
  /** Hide an object or a field from a member. */
  | 'afschermen'
  /** Decide a correctieverzoek or a contact change. */
  | 'beslissen'
  /** Give an invitation or recovery code. */
  | 'uitnodigen'
  /** Start a conversation (a thread of comments) with chosen members. */
  | 'gesprek-beginnen'
  /** Remind members who did not answer a request (instemming with a plan version). */
  | 'herinneren'
  /** Invite a helper, change or end her delegation: the member for herself; the regisseur only ends one. */
  | 'machtigen'
  /** Say how it goes or what one thinks of the plan (a score on a doel, "Wat vindt u ervan?"): only the member herself. */
  | 'eigen-mening';

/** Actions a member does for themself (and a helper for them, each within its scope: `scopeForAction`). */
export const memberActions = ['reageren', 'antwoorden', 'instemmen', 'toestemming-geven', 'verzoek-doen', 'document-delen', 'document-verwijderen', 'contact-doorgeven', 'kiezen-wat-ouders-zien'] as const satisfies readonly Action[];
/** Legal choices a helper never makes for a member under 16 (Jeugdwet 7.3.4/7.3.5). */
export const legalChoices = ['instemmen', 'toestemming-geven', 'kiezen-wat-ouders-zien'] as const satisfies readonly Action[];
/** Every action but reading. */
export const writeActions = [...memberActions, 'toestemming-vragen', 'bewerken', 'publiceren', 'afschermen', 'beslissen', 'uitnodigen', 'gesprek-beginnen', 'herinneren', 'machtigen', 'eigen-mening'] as const satisfies readonly Exclude<Action, 'lezen'>[];

/** The answer to "may this lens do this action on this object". */
export interface ActionDecision {
  /** May the actor read the object at all? When not, the answer is "niet gevonden". */
  readonly visible: boolean;
  readonly allowed: boolean;
  /** The reading rule when not visible, else the acting rule that decided. */
  readonly rule: RuleCode | ActingRuleCode;
}

export type ActingRuleCode =
  | 'bekijken-handelt-niet'
  | 'helper-buiten-machtiging'
  | 'helper-geen-keuze-onder-16'
  | 'helper-geen-keuze-voor-kind'
  | 'eigen-document'
  | 'niet-eigen-document'
  | 'lid-handelt-voor-zichzelf'
  | 'lid-regelt-eigen-hulp'
  | 'alleen-het-gezinslid-zelf'
  | 'lid-geeft-eigen-mening'
  | 'helper-machtigt-niet'
  | 'machtigen-vanaf-16'
  | 'zelf-kiezen-vanaf-16'
  | 'alleen-professionals-handelen'
  | 'professional-geen-lidhandeling'
  | 'regisseur-handelt'
  | 'betrokken-handelt'
  | 'alleen-regisseur'
  | 'niet-toegestaan';

/** The moment a decision is made: the Dutch calendar day for ages, the instant for time-boxed access. */
export interface Moment {
  readonly day: Day;
  readonly instant: string;
}

export interface Decision {
  readonly visible: boolean;
  /** The rule that decided; for logs and tests only, never sent to a family member. */
  readonly rule: RuleCode;
  /** Fields to strip before the object leaves the server. */
  readonly hiddenFields: readonly string[];
}

export type RuleCode =
  | 'beheerder-ziet-geen-inhoud'
  | 'professional-niet-toegewezen'
  | 'professional-toegewezen'
  | 'delegatie-niet-actief'
  | 'ander-gezin'
  | 'onbekend-gezinslid'
  | 'geen-account-onder-12'
  | 'afgeschermd'
  | 'contactverbod'
  | 'eigen-bijdrage'
  | 'alleen-professionals'
  | 'alleen-organisatie'
  | 'hoort-bij-verborgen'
  | 'direct-genoemd'
  | 'ouder-zonder-gezag-geblokkeerd'
  | 'ouder-zonder-gezag-alleen-algemeen'
  | 'netwerk-alleen-eigen-afspraken'
  | 'hele-gezin'
  | 'volwassenen'
  | 'kind-onder-12-via-gezag'
  | 'jeugdige-12-15-via-gezag'
  | 'toestemming-van-eigenaar'
  | 'eigen-keuze-dicht'
  | 'eigen-keuze-open'
  | 'niet-in-publiek';
