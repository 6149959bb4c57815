import type { MemberLens, ProfessionalLens } from './lens.ts';
import { legalChoices, memberActions, scopeForAction, type ActingRuleCode, type Action, type DelegationScope, type Guarded } from './types.ts';

type WriteAction = Exclude<Action, 'lezen'>;

/**
 * One acting rule, read only after the reading rules let the lens see the object: nobody acts on
 * what they may not read. The first rule that names the action and applies decides.
 */
export interface ActingRule<L> {
  readonly code: ActingRuleCode;
  readonly effect: 'allow' | 'deny';
  /** The rule in words, as in DOMAIN.md "Who may do what". */
  readonly says: string;
  /** The actions this rule speaks about; `all` for every action but reading. */
  readonly actions: readonly WriteAction[] | 'all';
  readonly applies: (lens: L, object: Guarded, action: WriteAction) => boolean;
}

const always = () => true;

/** The scope a helper needs for a member action; none for professional work, which a later rule refuses. */
function scopeNeededFor(action: WriteAction): DelegationScope | undefined {
  return (scopeForAction as Partial<Record<WriteAction, DelegationScope>>)[action];
}
const professionalWork = ['toestemming-vragen', 'bewerken', 'publiceren', 'afschermen', 'beslissen', 'uitnodigen', 'gesprek-beginnen', 'herinneren'] as const satisfies readonly WriteAction[];

/** Acting rules for a member lens: the member, a helper for the member, or a read-only preview. */
export const memberActingRules: readonly ActingRule<MemberLens>[] = [
  {
    code: 'bekijken-handelt-niet',
    effect: 'deny',
    says: 'Wie meekijkt als een gezinslid, kan alleen lezen.',
    actions: 'all',
    applies: (lens) => lens.acting.as === 'bekijk-als',
  },
  {
    code: 'alleen-het-gezinslid-zelf',
    effect: 'deny',
    // How it goes and what she thinks of the plan are her own; no delegation scope covers them.
    says: 'Een cijfer of een mening over het plan geeft alleen het gezinslid zelf, nooit een helper.',
    actions: ['eigen-mening'],
    applies: (lens) => lens.acting.as !== 'zelf',
  },
  { code: 'lid-geeft-eigen-mening', effect: 'allow', says: 'Een gezinslid geeft zelf een cijfer of een mening over het plan.', actions: ['eigen-mening'], applies: always },
  {
    code: 'helper-buiten-machtiging',
    effect: 'deny',
    says: 'Een helper doet alleen wat het gezinslid haar in de machtiging gaf.',
    actions: memberActions,
    applies: (lens, _o, action) => {
      const needed = scopeNeededFor(action);
      return lens.acting.as === 'helper' && needed !== undefined && !lens.acting.scopes.has(needed);
    },
  },
  {
    code: 'helper-geen-keuze-onder-16',
    effect: 'deny',
    says: 'Een helper kiest nooit instemming of toestemming voor een gezinslid onder 16.',
    actions: legalChoices,
    applies: (lens) => lens.acting.as === 'helper' && (lens.age === null || lens.age < 16),
  },
  {
    code: 'helper-geen-keuze-voor-kind',
    effect: 'deny',
    // Samira's parental toestemming for Daan's data is a choice about Daan: only when she gave Ria that on purpose.
    says: 'Een helper kiest alleen over een kind onder 16 als het gezinslid haar dat apart gaf.',
    actions: legalChoices,
    applies: (lens, o) =>
      lens.acting.as === 'helper' && !lens.acting.scopes.has('keuzes-voor-kinderen') && o.subjects.some((s) => lens.othersUnder16.has(s)),
  },
  {
    code: 'eigen-document',
    effect: 'allow',
    // A helper's uploads count for the member, but she removes only what she uploaded herself.
    says: 'Een gezinslid verwijdert wat voor haar gedeeld is door haarzelf of haar helper; een helper alleen wat zij zelf deelde.',
    actions: ['document-verwijderen'],
    applies: (lens, o) => o.authorMemberId === lens.memberId && (lens.acting.as === 'zelf' || o.authorUserId === lens.userId),
  },
  { code: 'niet-eigen-document', effect: 'deny', says: 'Een document van een ander verwijdert u niet.', actions: ['document-verwijderen'], applies: always },
  {
    code: 'helper-machtigt-niet',
    effect: 'deny',
    says: 'Een helper regelt nooit wie het gezinslid helpt.',
    actions: ['machtigen'],
    applies: (lens) => lens.acting.as !== 'zelf',
  },
  {
    code: 'machtigen-vanaf-16',
    effect: 'deny',
    // A helper is a third party: under 16 the parents with gezag decide about sharing (REQUIREMENTS B2), so the youth does not invite one alone.
    says: 'Een gezinslid kiest een helper vanaf 16 jaar.',
    actions: ['machtigen'],
    applies: (lens) => lens.age !== null && lens.age < 16,
  },
  {
    code: 'zelf-kiezen-vanaf-16',
    effect: 'deny',
    // Under 16 the parents with gezag see a child's items by law (REQUIREMENTS B2); from 16 she decides.
    says: 'Een jongere kiest zelf wat haar ouders zien, vanaf 16 jaar.',
    actions: ['kiezen-wat-ouders-zien'],
    applies: (lens) => lens.age === null || lens.age < 16,
  },
  { code: 'lid-regelt-eigen-hulp', effect: 'allow', says: 'Een gezinslid kiest zelf wie haar helpt, wat die mag en tot wanneer.', actions: ['machtigen'], applies: always },
  {
    code: 'lid-handelt-voor-zichzelf',
    effect: 'allow',
    says: 'Een gezinslid reageert, stemt in, geeft toestemming, vraagt om verbetering, deelt documenten en geeft contactgegevens door.',
    actions: memberActions,
    applies: always,
  },
  {
    code: 'alleen-professionals-handelen',
    effect: 'deny',
    says: 'Het plan schrijven, publiceren, afschermen, beslissen, uitnodigen, een gesprek beginnen, herinneren en om toestemming vragen doen professionals.',
    actions: professionalWork,
    applies: always,
  },
];

const roleIn = (lens: ProfessionalLens, o: Guarded) => lens.roles[o.familyId] ?? 'betrokken';

/** Acting rules for a professional assigned to the object's family. */
export const professionalActingRules: readonly ActingRule<ProfessionalLens>[] = [
  {
    code: 'professional-geen-lidhandeling',
    effect: 'deny',
    // Instemming, toestemming and corrections are the member's own rights; a professional answers, never starts them.
    says: 'Een professional stemt niet in, geeft geen toestemming en doet geen verzoek namens een gezinslid.',
    actions: ['reageren', 'instemmen', 'toestemming-geven', 'verzoek-doen', 'contact-doorgeven', 'kiezen-wat-ouders-zien', 'eigen-mening'],
    applies: always,
  },
  {
    code: 'eigen-document',
    effect: 'allow',
    says: 'Een professional verwijdert alleen wat zij zelf deelde.',
    actions: ['document-verwijderen'],
    applies: (lens, o) => o.authorUserId === lens.userId,
  },
  { code: 'niet-eigen-document', effect: 'deny', says: 'Een document van een ander verwijdert u niet.', actions: ['document-verwijderen'], applies: always },
  {
    code: 'regisseur-handelt',
    effect: 'allow',
    says: 'De regisseur schrijft en publiceert het plan, schermt af, beslist, nodigt uit, begint gesprekken, vraagt om toestemming, antwoordt en beëindigt een machtiging.',
    actions: 'all',
    applies: (lens, o) => roleIn(lens, o) === 'regisseur',
  },
  {
    code: 'betrokken-handelt',
    effect: 'allow',
    // Starting a conversation, reminding about the plan or asking for toestemming asks something of a
    // member (she decides); it changes nothing in the plan. A betrokken professional (Veilig Thuis) may
    // need a consent of her own organisation; each question names who asked.
    says: 'Een betrokken professional antwoordt, begint een gesprek, herinnert, deelt documenten, beslist over verzoeken en vraagt om toestemming.',
    actions: ['antwoorden', 'gesprek-beginnen', 'herinneren', 'document-delen', 'beslissen', 'toestemming-vragen'],
    applies: always,
  },
  {
    code: 'alleen-regisseur',
    effect: 'deny',
    says: 'Alleen de regisseur schrijft en publiceert het plan, schermt af, nodigt uit en beëindigt een machtiging.',
    actions: 'all',
    applies: always,
  },
];

/** The first acting rule that speaks about `action` and applies; fails closed. */
export function firstActingRule<L>(rules: readonly ActingRule<L>[], lens: L, object: Guarded, action: WriteAction): { allowed: boolean; rule: ActingRuleCode } {
  for (const rule of rules) {
    if ((rule.actions === 'all' || rule.actions.includes(action)) && rule.applies(lens, object, action)) return { allowed: rule.effect === 'allow', rule: rule.code };
  }
  return { allowed: false, rule: 'niet-toegestaan' };
}
