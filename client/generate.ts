// The typed client's schema, generated from the API document with openapi-typescript: `paths` for
// openapi-fetch (`createClient<paths>({ baseUrl })`). `npm run client:generate` rewrites
// client/gongguan-api.d.ts from the app's /openapi.json; the test suite fails when the two differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const CLIENT_TYPES_FILE = join(import.meta.dirname, 'gongguan-api.d.ts');

const HEADER = `// Generated from gongguan's /openapi.json by client/generate.ts (npm run client:generate); do not edit.\n`;

export async function clientTypes(document: unknown): Promise<string> {
  return HEADER + astToString(await openapiTS(document as OpenAPI3));
}

/** Builds the app without serving it, for its document only. */
async function main(): Promise<void> {
  const { Client } = await import('@temporalio/client');
  const { buildApp } = await import('../api/app');
  const { createPool } = await import('../db/pool');
  const { parseConfig } = await import('../config/env');
  const { defaultPolicyRegistry } = await import('../rules');
  const { newKeySpec, parseKeyring } = await import('../codec/keys');
  const config = parseConfig(process.env);
  const pool = createPool(config.DATABASE_URL, 1);
  const app = await buildApp({
    pool,
    temporal: new Client(),
    taskQueue: 'client-generation',
    policies: defaultPolicyRegistry(),
    // The document does not depend on the keys: any will do.
    keyring: parseKeyring(newKeySpec('client-generation')),
  });
  const document: unknown = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  writeFileSync(CLIENT_TYPES_FILE, await clientTypes(document));
  await app.close();
  await pool.end();
  console.log(`[gongguan] wrote ${CLIENT_TYPES_FILE}`);
}

if (process.argv[1] === import.meta.filename) void main();
