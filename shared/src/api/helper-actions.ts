import { Type, type Static } from 'typebox';
import { helperActionKinds } from './helper-action-kinds.ts';
import { DateTime, StringEnum } from './schema-kit.ts';

/** Wire shapes for "Wat Ria voor u deed": what a member's helpers did on her behalf (issue 11); one schema each, the types derived from it. */

export const helperActionVerbs = ['aanmaken', 'wijzigen', 'verwijderen'] as const;
export type HelperActionVerb = (typeof helperActionVerbs)[number];

/** `id`: the access-log entry's number. `helper`: her first name, as she appears everywhere she acts ("Ria namens Samira"). */
export const HelperActionViewSchema = Type.Object(
  {
    id: Type.String(),
    at: DateTime(),
    verb: StringEnum(helperActionVerbs),
    what: StringEnum([...helperActionKinds, 'anders']),
    helper: Type.Object({ name: Type.String(), organisation: Type.Optional(Type.String()) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type HelperActionView = Static<typeof HelperActionViewSchema>;

/** `member`: the member the helpers acted for, the reader or the member a helper reads it for. `actions`: newest first, at most `helperActionsLimit`. */
export const HelperActionsPageSchema = Type.Object(
  { member: Type.Object({ id: Type.String(), firstName: Type.String() }, { additionalProperties: false }), actions: Type.Array(HelperActionViewSchema) },
  { additionalProperties: false },
);
export type HelperActionsPage = Static<typeof HelperActionsPageSchema>;
