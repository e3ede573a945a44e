// Flat ESLint config. Workflow files get a determinism override: Temporal replays them, so they may import
// only the workflow SDK, the pure contract/rules modules and types (samples-typescript `.shared/.eslintrc.js`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const deterministicPaths = nodeBuiltins.map((name) => ({
  name,
  message: 'Workflow code must be deterministic: no Node built-ins.',
}));
const deterministicPatterns = [
  {
    group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'],
    message: 'Workflow code may import only @temporalio/workflow and @temporalio/common.',
  },
  {
    group: ['pg', 'fastify', 'fastify-*', '@fastify/*', 'pino', 'node-pg-migrate'],
    message: 'Not in workflow code.',
  },
  {
    group: ['**/activities', '**/activities/**', '**/api/**', '**/worker/**', '**/config/**', '**/db/**'],
    allowTypeImports: true,
    message: 'Workflow code imports only types from activities and nothing from api/worker/config/db.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'test/histories/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts', 'contract/**/*.ts', 'rules/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: deterministicPaths, patterns: deterministicPatterns },
      ],
    },
  },
  {
    // The sandbox evaluates every module a workflow imports for each run: zod schemas would be rebuilt
    // thousands of times a day, so workflows import the zod-free halves of contract/ and rules/.
    files: ['workflows/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: deterministicPaths,
          patterns: [
            ...deterministicPatterns,
            {
              regex:
                '^(zod|(\\.\\./)+rules(/(index|domain|scalars|policy-version))?|(\\.\\./)+contract/(project|list-entry|evidence))$',
              allowTypeImports: true,
              message:
                'These modules build zod schemas; workflows import contract/*-workflow and single rules/ modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['rules/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            {
              group: ['@temporalio/*', 'pg', 'fastify', 'fastify-*', '@fastify/*', '**/contract/**'],
              message: 'rules/ is pure: zod and itself only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON bodies and rows whose shape the assertion itself checks.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['*.js', '*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
