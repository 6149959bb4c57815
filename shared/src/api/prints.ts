import { Type, type Static } from 'typebox';
import { StringEnum } from './schema-kit.ts';

/** Wire shape for "ik print een pagina": the plan as one page, or the printable "Mijn gegevens". */

export const printables = ['plan', 'mijn-gegevens'] as const;

export const PrintedSchema = Type.Object({ what: StringEnum(printables) }, { additionalProperties: false });
export type Printed = Static<typeof PrintedSchema>;
