// The workflow sandbox evaluates every module in the bundle for each workflow run (thousands a day), so
// the bundle must not carry zod or the modules that build schemas with it; the lint rule names the
// imports, this test catches them however indirectly they arrive.
import { describe, expect, it } from 'vitest';
import { bundleWorkflows } from '../worker/create-worker';

describe('workflow bundle', () => {
  it('holds no zod and no schema-building contract or rules module', async () => {
    const { code } = await bundleWorkflows();
    const modules = [...code.matchAll(/^\/\*\*\*\/ "([^"]+)"/gm)].map((m) => m[1]!);
    expect(modules).toContain('./workflows/project/workflow.ts');
    expect(modules).toContain('./rules/funding.ts');
    const schemaModules = modules.filter((m) =>
      /node_modules\/zod\/|\/rules\/(index|domain|scalars|policy-version)\.ts$|\/contract\/(project|list-entry|evidence)\.ts$/.test(
        m,
      ),
    );
    expect(schemaModules).toEqual([]);
  });
});
