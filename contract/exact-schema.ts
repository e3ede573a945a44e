// Response schemas that cannot drift from the types they describe: `exactly<T>()(schema)` is a compile
// error unless the schema infers exactly T, optional fields included. The serializer drops whatever a
// response schema does not name, so a field missing here would silently vanish on the wire.
import type { z } from 'zod';

/** One object type of an intersection (`Omit<…> & {…}`), its fields as they were, optional ones too. */
type Flat<T> = { [K in keyof T]: T[K] };
/** True only when the two types are the same, optional fields included. */
type Same<A, B> =
  (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;

export const exactly =
  <T>() =>
  <S extends z.ZodType>(schema: S & (Same<z.infer<S>, T> extends true ? unknown : never)): S =>
    schema;
