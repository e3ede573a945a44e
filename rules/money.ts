// Money is integer fen (分) everywhere: 1 yuan = 100 fen, 1 wan (万元) = 1,000,000 fen.
// Ratios are basis points (1 bp = 0.01%) and are compared with BigInt cross-multiplication, so a budget of
// hundreds of millions of yuan never meets a rounding error.
import type { BasisPoints, Fen } from './scalars';

export const yuan = (amount: number): Fen => Math.round(amount * 100);
export const wan = (amount: number): Fen => Math.round(amount * 1_000_000);

/** part / whole >= bp / 10000, exactly. A zero whole never satisfies a positive share. */
export function shareAtLeast(part: Fen, whole: Fen, bp: BasisPoints): boolean {
  return BigInt(part) * 10_000n >= BigInt(whole) * BigInt(bp);
}

/** a >= b × bp / 10000, exactly ("a matches b at bp"). */
export function atLeastTimes(a: Fen, b: Fen, bp: BasisPoints): boolean {
  return BigInt(a) * 10_000n >= BigInt(b) * BigInt(bp);
}

/** The smallest whole fen amount that satisfies atLeastTimes(x, b, bp). */
export function minimumFor(b: Fen, bp: BasisPoints): Fen {
  const product = BigInt(b) * BigInt(bp);
  return Number((product + 9_999n) / 10_000n);
}

/** share in basis points, rounded down (for display and KPIs, never for a hard decision). */
export function shareBp(part: number, whole: number): BasisPoints {
  if (whole === 0) return 0;
  return Number((BigInt(part) * 10_000n) / BigInt(whole));
}

export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuanPart = Math.floor(abs / 100).toLocaleString('en-US');
  const fenPart = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuanPart}.${fenPart}`;
}

export const formatBp = (bp: BasisPoints): string => `${(bp / 100).toFixed(2)}%`;
