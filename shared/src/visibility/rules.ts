import type { BeheerderLens, InactiveHelperLens, MemberLens, ProfessionalLens } from './lens.ts';
import type { Guarded, RuleCode } from './types.ts';

/** One visibility rule: when it applies to an object, its effect decides and later rules are not read. */
export interface Rule<L> {
  readonly code: RuleCode;
  readonly effect: 'allow' | 'deny';
  /** The rule in words, as in DOMAIN.md "Who may see what". */
  readonly says: string;
  /** `sees` decides another object for the same lens: the evaluator itself, for objects a written one hangs on. */
  readonly applies: (lens: L, object: Guarded, sees: (other: Guarded) => boolean) => boolean;
}

const always = () => true;

export const beheerderRules: readonly Rule<BeheerderLens>[] = [
  { code: 'beheerder-ziet-geen-inhoud', effect: 'deny', says: 'Een beheerder ziet geen inhoud van gezinnen.', applies: always },
];

export const inactiveHelperRules: readonly Rule<InactiveHelperLens>[] = [
  { code: 'delegatie-niet-actief', effect: 'deny', says: 'Een helper ziet niets als de machtiging niet (meer) geldt.', applies: always },
];

export const professionalRules: readonly Rule<ProfessionalLens>[] = [
  {
    code: 'professional-toegewezen',
    effect: 'allow',
    says: 'Een professional ziet alles van de gezinnen waaraan hij is toegewezen.',
    applies: (lens, o) => lens.familyIds.has(o.familyId),
  },
  { code: 'professional-niet-toegewezen', effect: 'deny', says: 'Een professional ziet niets van andere gezinnen.', applies: always },
];

const hasAny = (list: readonly string[], set: ReadonlySet<string>) => list.some((id) => set.has(id));

/**
 * The members whose own object this is, for the age rules: members the object is about (subjects)
 * and addressed to. An object merely addressed to a youth is not hers: her age never widens it.
 */
const ownersOf = (o: Guarded) => o.audienceMembers.filter((id) => o.subjects.includes(id));

/** Does the lens reach one of the object's owners through the age rule `code`? */
const throughOwner = (lens: MemberLens, o: Guarded, code: RuleCode) => ownersOf(o).some((id) => lens.derivedAccess.get(id) === code);

/** Did an owner of this object (16+, the viewer's child; see lens.ts) close it, or open it, for this viewer? */
const ownerChose = (choices: ReadonlyMap<string, ReadonlySet<string>>, o: Guarded) => {
  const by = choices.get(o.id);
  return by !== undefined && ownersOf(o).some((id) => by.has(id));
};

/** Rules for a member, and for a helper acting for that member. Order matters: blocks come first. */
export const memberRules: readonly Rule<MemberLens>[] = [
  { code: 'ander-gezin', effect: 'deny', says: 'Niemand ziet iets van een ander gezin.', applies: (lens, o) => o.familyId !== lens.familyId },
  { code: 'onbekend-gezinslid', effect: 'deny', says: 'Wie geen gezinslid is, ziet niets.', applies: (lens) => lens.member === undefined },
  {
    code: 'geen-account-onder-12',
    effect: 'deny',
    says: 'Een kind onder 12 jaar heeft geen eigen account.',
    applies: (lens) => lens.member?.role === 'jeugdige' && (lens.age === null || lens.age < 12),
  },
  { code: 'afgeschermd', effect: 'deny', says: 'Afgeschermde gegevens ziet de genoemde persoon nooit.', applies: (lens, o) => o.shieldedFrom.includes(lens.memberId) },
  {
    code: 'contactverbod',
    effect: 'deny',
    // An object's own flag only: a comment or eigen verklaring on a shared item is not shared by it.
    says: 'Bij een contactverbod ziet B niets van of over A, tenzij een professional juist dat ene ding deelt.',
    applies: (lens, o) =>
      !o.sharedAcrossContactverbod &&
      lens.bannedContacts.size > 0 &&
      ((o.authorMemberId !== null && lens.bannedContacts.has(o.authorMemberId)) || hasAny(o.subjects, lens.bannedContacts)),
  },
  {
    code: 'eigen-bijdrage',
    effect: 'allow',
    says: 'Wat u zelf schreef of stuurde, ziet u altijd.',
    applies: (lens, o) => o.authorMemberId === lens.memberId,
  },
  {
    // After eigen-bijdrage only: what a parent wrote himself he knows already. Before every allow
    // rule else, so a closed item stays closed whatever else holds (toestemming, audience, name).
    code: 'eigen-keuze-dicht',
    effect: 'deny',
    says: 'Een jongere van 16 of ouder kan een eigen onderdeel verbergen voor een ouder.',
    applies: (lens, o) => ownerChose(lens.closedByOwner, o),
  },
  {
    code: 'hoort-bij-verborgen',
    effect: 'deny',
    says: 'Een reactie of verklaring ziet u alleen als u ook ziet waar die bij hoort.',
    applies: (_lens, o, sees) => o.dependsOn !== undefined && !o.dependsOn.every(sees),
  },
  { code: 'alleen-professionals', effect: 'deny', says: 'Alleen voor professionals.', applies: (_lens, o) => o.audience === 'professionals' },
  {
    code: 'alleen-organisatie',
    effect: 'deny',
    says: 'Gedeeld met één organisatie: in het gezin ziet alleen wie het deelde het.',
    applies: (_lens, o) => o.audience === 'organisatie',
  },
  { code: 'direct-genoemd', effect: 'allow', says: 'Wie bij naam genoemd is, ziet het.', applies: (lens, o) => o.audienceMembers.includes(lens.memberId) },
  {
    code: 'eigen-keuze-open',
    effect: 'allow',
    says: 'Een jongere van 16 of ouder kan een eigen onderdeel laten zien aan een ouder.',
    applies: (lens, o) => ownerChose(lens.openedByOwner, o),
  },
  {
    code: 'toestemming-van-eigenaar',
    effect: 'allow',
    says: 'Een jongere van 16 of ouder laat met toestemming zijn eigen onderdelen zien.',
    applies: (lens, o) => throughOwner(lens, o, 'toestemming-van-eigenaar'),
  },
  {
    code: 'ouder-zonder-gezag-geblokkeerd',
    effect: 'deny',
    says: 'Een professional kan een ouder zonder gezag ook algemene informatie onthouden.',
    applies: (lens) => lens.isParentWithoutGezag && lens.member?.generalInfoBlocked === true,
  },
  {
    code: 'ouder-zonder-gezag-alleen-algemeen',
    effect: 'deny',
    says: 'Een ouder zonder gezag ziet alleen algemene informatie en wat aan hem gericht is.',
    applies: (lens, o) => lens.isParentWithoutGezag && !o.generalInfo,
  },
  {
    code: 'netwerk-alleen-eigen-afspraken',
    effect: 'deny',
    says: 'Iemand uit het netwerk ziet alleen afspraken waarin hij genoemd is.',
    applies: (lens) => lens.member?.role === 'netwerk',
  },
  { code: 'hele-gezin', effect: 'allow', says: 'Voor het hele gezin.', applies: (_lens, o) => o.audience === 'gezin' },
  { code: 'volwassenen', effect: 'allow', says: 'Voor de volwassenen in het gezin.', applies: (lens, o) => o.audience === 'volwassenen' && lens.isAdult },
  {
    code: 'kind-onder-12-via-gezag',
    effect: 'allow',
    says: 'Ouders met gezag zien wat over hun kind onder 12 gaat.',
    applies: (lens, o) => throughOwner(lens, o, 'kind-onder-12-via-gezag'),
  },
  {
    code: 'jeugdige-12-15-via-gezag',
    effect: 'allow',
    says: 'Ouders met gezag zien de onderdelen van hun kind van 12 tot 16, tenzij een professional anders besliste.',
    applies: (lens, o) => throughOwner(lens, o, 'jeugdige-12-15-via-gezag'),
  },
  { code: 'niet-in-publiek', effect: 'deny', says: 'Wie niet tot het publiek hoort, ziet het niet.', applies: always },
];
