// R18.4 random spot checks (随机抽查): a share of the projects in execution, set by the policy, drawn so that
// anyone holding the recorded seed and population can draw the same projects again years later.
import { seededRandom } from './expert-draw';
import type { BasisPoints } from './scalars';

export interface SpotCheckDraw {
  seed: string;
  shareBp: BasisPoints;
  /** Every project that could be drawn, in code order: the draw's input as recorded. */
  population: string[];
  drawn: string[];
}

/** How many of `population` projects a share draws: rounded up, so any project in execution may be drawn. */
export const spotCheckSampleSize = (population: number, shareBp: BasisPoints): number =>
  population === 0 ? 0 : Math.min(population, Math.max(1, Math.ceil((population * shareBp) / 10_000)));

/** The draw: the population sorted by code, then a seeded shuffle's first sample-size codes. */
export function drawSpotChecks(
  population: readonly string[],
  shareBp: BasisPoints,
  seed: string,
): SpotCheckDraw {
  const sorted = [...new Set(population)].sort();
  const remaining = [...sorted];
  const random = seededRandom(seed);
  const drawn: string[] = [];
  for (let left = spotCheckSampleSize(sorted.length, shareBp); left > 0; left--)
    drawn.push(remaining.splice(Math.floor(random() * remaining.length), 1)[0]!);
  return { seed, shareBp, population: sorted, drawn: drawn.sort() };
}
