// The Temporal server's own counters (its Prometheus endpoints, one per cluster service, summed), so a round whose server CPU jumps can be traced
// to the work behind it: persistence calls by operation, task matching, cache misses.
import { round } from './support';

export type Counters = Map<string, number>;

/** Counter series summed over every label but `operation` (persistence, cache) and `task_type`. */
export async function scrapeCounters(urls: string[]): Promise<Counters> {
  const totals: Counters = new Map();
  for (const url of urls) addCounters(await (await fetch(url)).text(), totals);
  return totals;
}

function addCounters(text: string, totals: Counters): void {
  const counters = new Set<string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) counter$/.exec(line);
    if (type) counters.add(type[1]!);
    if (line.startsWith('#') || !line) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || !counters.has(m[1]!)) continue;
    const kept = [...(m[2] ?? '').matchAll(/(operation|task_type)="([^"]*)"/g)].map((x) => `${x[1]}=${x[2]}`);
    const key = kept.length ? `${m[1]}{${kept.join(',')}}` : m[1]!;
    totals.set(key, (totals.get(key) ?? 0) + Number(m[3]));
  }
}

export function counterDelta(before: Counters, after: Counters): Counters {
  const delta: Counters = new Map();
  for (const [k, v] of after) {
    const d = v - (before.get(k) ?? 0);
    if (d) delta.set(k, d);
  }
  return delta;
}

/** The counters where one side's round asked most more of the server than the other's, per workflow. */
export function largestDifferences(a: Counters, b: Counters, perRound: number, top = 10): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .map((k) => ({ k, a: (a.get(k) ?? 0) / perRound, b: (b.get(k) ?? 0) / perRound }))
    .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b))
    .slice(0, top)
    .map(({ k, a: x, b: y }) => `${k}: ${round(x)} vs ${round(y)}`);
}
