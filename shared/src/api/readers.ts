import { Type, type Static } from 'typebox';

/**
 * Who can read something (REQUIREMENTS D3's spirit, issue "Wie ziet dit?"): worked out on the server
 * by the same rules that decide every read, and never naming a person this viewer may not know about.
 * - members: first names of the family members who can read it, the viewer (or the member a helper acts for) not included.
 * - helpers: first names of the viewer's own helpers, who read what the viewer reads; only sent to that member.
 * - professionals: first names of the family's professionals: they read everything of the family.
 */
export const ReadersSchema = Type.Object(
  {
    members: Type.Array(Type.String()),
    helpers: Type.Array(Type.String()),
    professionals: Type.Array(Type.String()),
  },
  { $id: 'Readers' },
);
export type ReadersView = Static<typeof ReadersSchema>;
