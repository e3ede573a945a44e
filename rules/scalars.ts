// The policy's scalar values as zod schemas: money in whole fen, ratios in basis points, civil dates of
// Asia/Shanghai. Kept apart from the arithmetic in money.ts and dates.ts so workflow code can use that
// arithmetic without loading zod (the workflow sandbox evaluates every imported module for each run).
import { z } from 'zod';

export const Fen = z
  .number()
  .int('money is whole fen (分), never fractions')
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .meta({ description: 'An amount in fen (分): ¥1,000,000 = 100000000', example: 100_000_000 });
export type Fen = z.infer<typeof Fen>;

export const BasisPoints = z.number().int().min(0).max(1_000_000);
export type BasisPoints = z.infer<typeof BasisPoints>;

export const CivilDate = z.iso.date({ message: 'a calendar date YYYY-MM-DD (Asia/Shanghai)' });
export type CivilDate = z.infer<typeof CivilDate>;
