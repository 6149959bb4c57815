import { Type, type Static, type TProperties } from 'typebox';
import { contactInputFields, type ContactField, type ContactInputField } from '../contact/contact-details.ts';
import { DateTime, Ref, StringEnum, Uuid } from './schema-kit.ts';
import { shieldReasons } from './shield-reasons.ts';

/** Wire shapes for "Contactgegevens wijzigen": a member proposes, a professional decides. */

export const contactChangeStatuses = ['voorgesteld', 'geaccepteerd', 'afgewezen', 'vervangen'] as const;
export type ContactChangeStatus = (typeof contactChangeStatuses)[number];

const contactFields = Object.keys(contactInputFields) as ContactField[];
const Detail = (maxLength: number) => Type.String({ minLength: 1, maxLength });

/** The fields of each kind of detail, as long as each may be; `checkContactInput` checks their format. */
const detailsOf = {
  adres: { street: Detail(80), houseNumber: Detail(20), postcode: Detail(10), city: Detail(80) },
  telefoon: { phone: Detail(30) },
  email: { email: Detail(254) },
} satisfies { [F in ContactField]: Record<(typeof contactInputFields)[F][number], unknown> };

const proposalOf = <F extends ContactField, P extends TProperties>(field: F, details: P) =>
  Type.Object({ clientId: Uuid(), field: Type.Literal(field), ...details }, { additionalProperties: false });

/** A proposal is one of these: the kind of detail and exactly its fields. No audience, no shielding: a professional decides that. */
const ProposalOfKindSchema = Type.Union([proposalOf('adres', detailsOf.adres), proposalOf('telefoon', detailsOf.telefoon), proposalOf('email', detailsOf.email)]);
export type NewContactChange = Static<typeof ProposalOfKindSchema>;

/**
 * On the wire a proposal is one flat object of the same fields, the kind's own ones required by
 * `checkContactInput` instead of the schema: that check names every wrong or missing field at once,
 * which the form shows beside each field. A union here would answer with the first error of each
 * kind (a missing city named as "phone" and "email"). Still closed: no field of no kind gets in.
 */
export const NewContactChangeSchema = Type.Unsafe<NewContactChange>(
  Type.Object(
    {
      clientId: Uuid(),
      field: StringEnum(contactFields),
      ...Type.Partial(Type.Object({ ...detailsOf.adres, ...detailsOf.telefoon, ...detailsOf.email } satisfies Record<ContactInputField, unknown>)).properties,
    },
    { additionalProperties: false },
  ),
);

/**
 * `shieldedFrom`: members who may never see the new value (afschermen voor …); existing shields
 * always stay. `reason`: chosen on purpose, required when `shieldedFrom` adds someone.
 * `reasonText`: required with reason "anders".
 */
export const AcceptContactChangeSchema = Type.Object(
  {
    shieldedFrom: Type.Optional(Type.Array(Uuid(), { maxItems: 50, uniqueItems: true })),
    reason: Type.Optional(StringEnum(shieldReasons)),
    reasonText: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type AcceptContactChange = Static<typeof AcceptContactChangeSchema>;

/** `reason`: why, in words the member understands. */
export const DeclineContactChangeSchema = Type.Object({ reason: Type.Optional(Detail(1000)) }, { additionalProperties: false });
export type DeclineContactChange = Static<typeof DeclineContactChangeSchema>;

/**
 * `value`: the proposed value as it is stored and shown ("Lindelaan 12, 3514 BK Utrecht").
 * `currentValue`: the value on file now, while the proposal is open and the reader may see it.
 * `shielded`: the value is hidden from one or more members; `shieldedFrom` (professionals only): from whom.
 */
export const ContactChangeViewSchema = Type.Object(
  {
    id: Uuid(),
    memberId: Uuid(),
    memberName: Type.Optional(Type.String()),
    field: StringEnum(contactFields),
    value: Type.String(),
    currentValue: Type.Optional(Type.String()),
    status: StringEnum(contactChangeStatuses),
    proposedAt: DateTime(),
    proposedBy: Type.Object(
      { kind: StringEnum(['member', 'helper']), isMe: Type.Boolean(), name: Type.Optional(Type.String()), onBehalfOf: Type.Optional(Type.String()) },
      { additionalProperties: false },
    ),
    decision: Type.Optional(
      Type.Object(
        {
          at: DateTime(),
          by: Type.Object({ name: Type.String(), jobTitle: Type.Optional(Type.String()) }, { additionalProperties: false }),
          reason: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    shielded: Type.Boolean(),
    shieldedFrom: Type.Optional(Type.Array(Type.Object({ memberId: Uuid(), firstName: Type.String() }, { additionalProperties: false }))),
  },
  { $id: 'ContactChange', additionalProperties: false },
);
export type ContactChangeView = Static<typeof ContactChangeViewSchema>;

/** `mayShield`: whether this reader may hide a new value from more members (the regisseur). */
export const ContactChangeListSchema = Type.Object({ changes: Type.Array(Ref(ContactChangeViewSchema)), mayShield: Type.Boolean() }, { $id: 'ContactChangeList', additionalProperties: false });
export type ContactChangeList = Static<typeof ContactChangeListSchema>;

export const ContactChangeListQuerySchema = Type.Object({ status: Type.Optional(StringEnum(contactChangeStatuses)) }, { additionalProperties: false });
export const ContactChangeParamsSchema = Type.Object({ familyId: Uuid(), changeId: Uuid() }, { additionalProperties: false });
