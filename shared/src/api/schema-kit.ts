import { Type, type Static, type TSchema } from 'typebox';

/**
 * Small builders that keep the JSON Schema text the API has always published: TypeBox's own
 * Union/Enum write `anyOf`, where the schemas (and the OpenAPI document) say `type: [x, 'null']`
 * and `type: 'string', enum`. The static type is the same either way.
 */

/** A string that is one of `values`: `{ type: 'string', enum }`. */
export function StringEnum<const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** The same value or null: `{ type: [type, 'null'] }`, an enum gains null too. */
export function Nullable<T extends TSchema>(schema: T) {
  const { type, enum: values, ...rest } = schema as unknown as { type: string; enum?: unknown[] };
  return Type.Unsafe<Static<T> | null>({ type: [type, 'null'], ...rest, ...(values ? { enum: [...values, null] } : {}) });
}

/** A reference to a schema the app registers once with `addSchema` (its `$id`), typed as that schema. */
export function Ref<T extends TSchema>(schema: T) {
  const id = (schema as { $id?: string }).$id;
  if (!id) throw new Error('Ref needs a schema with an $id, registered with addSchema');
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

/** An object whose parts another schema already filtered: passed on as it is, typed as `T`. */
export function Passed<T>() {
  return Type.Unsafe<T>({ type: 'object', additionalProperties: true });
}

export const Uuid = (options: Record<string, unknown> = {}) => Type.String({ format: 'uuid', ...options });
export const DateTime = () => Type.String({ format: 'date-time' });
/** A Dutch calendar day, `2026-03-01`: `{ type: 'string', format: 'date' }`. */
export const CalendarDay = () => Type.String({ format: 'date' });

/** An object of any keys, each value a `schema`: `{ type: 'object', additionalProperties: schema }` (TypeBox's Record writes patternProperties). */
export function StringMap<T extends TSchema>(schema: T, options: Record<string, unknown> = {}) {
  return Type.Unsafe<Record<string, Static<T>>>({ type: 'object', additionalProperties: schema, ...options });
}

/** Exactly one of `schemas`: `oneOf`, as the input schemas have always said (TypeBox's Union writes `anyOf`). */
export function OneOf<const T extends TSchema[]>(schemas: [...T]) {
  return Type.Unsafe<Static<T[number]>>({ oneOf: schemas });
}

/** A 204 answer: no body, so the handler sends nothing (`reply.code(204).send()`). */
export const NoContent = () => Type.Unsafe<undefined>({ type: 'null' });

/** A registered schema or null: `anyOf` a `$ref` and null, as a `$ref` has no `type` to widen. */
export function NullableRef<T extends TSchema>(schema: T) {
  return Type.Unsafe<Static<T> | null>({ anyOf: [Ref(schema), { type: 'null' }] });
}
