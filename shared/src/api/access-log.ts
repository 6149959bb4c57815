import { Type, type Static } from 'typebox';
import { delegationScopes, type MemberRole } from '../visibility/types.ts';
import { accessLogActions } from './access-log-actions.ts';
import { Nullable, StringEnum, Uuid } from './schema-kit.ts';

/**
 * Wire shapes for "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3): one schema each, the types
 * derived from it. The response schemas are a second net, so no client IP, subject list or object id can leave.
 */

const memberRoles = ['ouder', 'jeugdige', 'netwerk', 'volwassene'] as const satisfies readonly MemberRole[];
const Day = () => Type.String({ format: 'date' });
const DateTime = () => Type.String({ format: 'date-time' });

/** What was done; the portal shows `accessLog.did.<action>`. */
const ActionSchema = StringEnum([...accessLogActions, 'anders']);

/**
 * Who did it. A family member the reader may not see (a contactverbod, a youth's privacy) is only
 * "een gezinslid": kind 'gezinslid' without id, name or role. A helper acting for such a member is
 * that too, so a helper's name never leads to the member behind them. `isMe`: the signed-in user did
 * this themself; `memberId`: when the reader may see that member; `name`: first name of a member or
 * helper, full name of a professional; `jobTitle`: of a professional or helper ("Regisseur").
 */
export const AccessLogActorViewSchema = Type.Object(
  {
    kind: StringEnum(['gezinslid', 'helper', 'professional', 'beheerder', 'systeem']),
    isMe: Type.Boolean(),
    memberId: Type.Optional(Uuid()),
    name: Type.Optional(Type.String()),
    memberRole: Type.Optional(StringEnum(memberRoles)),
    jobTitle: Type.Optional(Type.String()),
    organisation: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type AccessLogActorView = Static<typeof AccessLogActorViewSchema>;

/** A helper acted for this member. */
const OnBehalfOfSchema = Type.Object({ memberId: Uuid(), name: Type.String() }, { additionalProperties: false });

/**
 * One entry of the log as it was written (the export, "Mijn gegevens downloaden"). `id`: entries are
 * numbered in the order they were written; `objectKind`: 'plan', 'gezin', 'reacties', …, shown as
 * `accessLog.object.<kind>`; `objectIds`: only the objects the reader may see now.
 */
export const AccessLogEntryViewSchema = Type.Object({
  id: Type.String(),
  at: Type.String(),
  action: ActionSchema,
  objectKind: Type.String(),
  objectIds: Type.Array(Type.String()),
  actor: AccessLogActorViewSchema,
  onBehalfOf: Type.Optional(OnBehalfOfSchema),
});
export type AccessLogEntryView = Static<typeof AccessLogEntryViewSchema>;

/**
 * One line of the page: what one person did with one kind of thing on one day, and how often
 * ("Fatima Yılmaz bekeek uw plan, 3 keer, op 24 november"). `id`: unique on the page, the same when
 * read again with the same cursor; `day`: the Dutch calendar day; `person`: pass as `person` to see
 * only this person, absent for Ons Plan itself; `helpAgreement`: on a line about help given, changed
 * or ended, what the helper may do, until which day, and her first name (only to the member or that helper).
 */
export const AccessLogGroupViewSchema = Type.Object(
  {
    id: Type.String(),
    day: Day(),
    action: ActionSchema,
    objectKind: Type.String(),
    count: Type.Integer({ minimum: 1 }),
    firstAt: DateTime(),
    lastAt: DateTime(),
    person: Type.Optional(Uuid()),
    actor: AccessLogActorViewSchema,
    onBehalfOf: Type.Optional(OnBehalfOfSchema),
    helpAgreement: Type.Optional(
      Type.Object({ scopes: Type.Array(StringEnum(delegationScopes)), lastDay: Day(), helper: Type.Optional(Type.String()) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type AccessLogGroupView = Static<typeof AccessLogGroupViewSchema>;

/** Someone who appears in this member's log, to choose in the person filter; pass `id` as `person`. */
export const AccessLogPersonViewSchema = Type.Object(
  { id: Uuid(), actor: AccessLogActorViewSchema, onBehalfOf: Type.Optional(OnBehalfOfSchema) },
  { additionalProperties: false },
);
export type AccessLogPersonView = Static<typeof AccessLogPersonViewSchema>;

/**
 * `member`: whose log this is, also when their helper reads it. `groups`: newest day first. `people`:
 * everyone other than the member in the log, on the first page only (later pages send []).
 * `nextCursor`: pass as `before` for the next (older) page, with the same filters; null on the last page.
 */
export const AccessLogPageSchema = Type.Object(
  {
    member: Type.Object({ id: Uuid(), firstName: Type.String() }, { additionalProperties: false }),
    groups: Type.Array(AccessLogGroupViewSchema),
    people: Type.Array(AccessLogPersonViewSchema),
    nextCursor: Nullable(Type.String()),
  },
  { $id: 'AccessLogPage', additionalProperties: false },
);
export type AccessLogPage = Static<typeof AccessLogPageSchema>;
