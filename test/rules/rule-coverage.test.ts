// Every rule id the rules module implements is exercised by at least one rules test, and the
// module stays pure: nothing from Node, Temporal or Fastify.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(root, dir, f), 'utf8') }));
const ruleIdsIn = (text: string) => new Set(text.match(/\bR\d+(?:\.\d+)?\b/g) ?? []);

describe('rules module', () => {
  const sources = read('rules');
  const tests = read('test/rules').filter((t) => t.file !== 'rule-coverage.test.ts');

  it('every rule id cited in rules/ is cited in a rules test', () => {
    const implemented = new Set(sources.flatMap((s) => [...ruleIdsIn(s.text)]));
    const tested = new Set(tests.flatMap((t) => [...ruleIdsIn(t.text)]));
    expect(implemented.size).toBeGreaterThan(15);
    expect([...implemented].filter((id) => !tested.has(id)).sort()).toEqual([]);
  });

  it('cites only rules that RULES.md defines', () => {
    const rulesMd = readFileSync(join(root, '..', 'shared', 'policy', 'RULES.md'), 'utf8');
    const defined = ruleIdsIn(rulesMd);
    const cited = new Set(sources.flatMap((s) => [...ruleIdsIn(s.text)]));
    expect([...cited].filter((id) => !defined.has(id))).toEqual([]);
  });

  it('imports nothing but zod and itself', () => {
    for (const { file, text } of sources) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(
        imports.filter((i) => i !== 'zod' && !i.startsWith('./')),
        file,
      ).toEqual([]);
    }
  });
});
