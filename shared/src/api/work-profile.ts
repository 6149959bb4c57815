import { Type, type Static } from 'typebox';
import { Nullable } from './schema-kit.ts';

/** Wire shapes for a professional's work details and "Contact met uw hulpverlener". */

const NullableText = (maxLength: number) => Nullable(Type.String({ maxLength }));

/** A professional's own work details, edited on her profile. */
export const WorkProfileSchema = Type.Object({ workPhone: NullableText(40), workHours: NullableText(200) }, { $id: 'WorkProfile', additionalProperties: false });
export type WorkProfile = Static<typeof WorkProfileSchema>;

/** "Contact met uw hulpverlener": the professionals working with the family now, as a member may call them. */
export const FamilyContactListSchema = Type.Object(
  {
    professionals: Type.Array(
      Type.Object(
        { name: Type.String(), jobTitle: NullableText(200), organisation: NullableText(200), workPhone: NullableText(40), workHours: NullableText(200) },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'FamilyContacts', additionalProperties: false },
);
export type FamilyContactList = Static<typeof FamilyContactListSchema>;
