// A manager's view, in a real browser: Debian's Chromium (driven by playwright-core) opens the Temporal UI
// of a Temporal of this file's own (the dev server's UI, or in cluster mode the UI server with cluster
// mode's config), which reads sealed payloads through the API's codec endpoint, and finds a project's
// summary and current details on its page, and the project by a list query on the new search attributes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApiKey } from '../api/auth';
import { createPool } from '../db/pool';
import { projectWorkflowId } from '../contract/project';
import { enterpriseApplication } from '../examples/applications';
import { parseConfig } from '../config/env';
import { freeClusterPorts, startCluster } from '../scripts/lib/temporal-cluster';
import { startDevServer } from '../scripts/lib/temporal-dev-server';
import { freePort } from './support/global-setup';
import { createHarness, type Harness } from './support/harness';
import { apply, compressedPolicy, project, publish, seedExperts, waitForStage } from './support/lifecycle';

/** The text of the page and of every frame in it (the UI renders Markdown in sandboxed frames). */
async function allText(page: Page): Promise<string> {
  const texts = await Promise.all(
    page.frames().map((frame) =>
      frame
        .locator('body')
        .innerText()
        .catch(() => ''),
    ),
  );
  return texts.join('\n');
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the Temporal UI in a browser', () => {
  let dir: string;
  let server: { address: string; stop(): Promise<void> };
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let browser: Browser;
  let uiUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongguan-ui-'));
    const [temporalPort, uiPort, apiPort] = [await freePort(), await freePort(), await freePort()];
    uiUrl = `http://127.0.0.1:${uiPort}`;
    // The UI reads payloads as a staff reader whose key is in the endpoint's path, as `scripts/start` sets it.
    const keys = createPool(inject('databaseUrl'), 1);
    const uiKey = await createApiKey(keys, { userId: 'temporal-ui', role: 'auditor', name: 'UI test' });
    await keys.end();
    const uiCodecEndpoint = `http://127.0.0.1:${apiPort}/codec/${uiKey}`;
    const namespace = inject('temporalNamespace');
    server =
      inject('temporalMode') === 'cluster'
        ? await startCluster({
            cacheDir: parseConfig(process.env).GONGGUAN_CACHE_DIR,
            databaseUrl: inject('databaseUrl'),
            databases: { persistence: 'temporal_ui_test', visibility: 'temporal_visibility_ui_test' },
            fresh: true,
            namespace,
            ports: await freeClusterPorts(),
            uiPort,
            uiCodecEndpoint,
            logDir: dir,
            log: () => undefined,
          })
        : await startDevServer({
            cliPath: inject('temporalCliPath'),
            port: temporalPort,
            uiPort,
            dbFile: join(dir, 'temporal.db'),
            namespace,
            logFile: join(dir, 'server.log'),
            log: () => undefined,
            uiCodecEndpoint,
          });
    h = await createHarness({ temporalAddress: server.address });
    await h.startWorker();
    await seedExperts(h.pool, 8);
    app = await h.buildApp([compressedPolicy()], { codecOrigins: [uiUrl] });
    await app.listen({ host: '127.0.0.1', port: apiPort });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await h?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a project’s summary and current details, and finds it by its search attributes', async () => {
    const word = `adc${Date.now()}`;
    const application = enterpriseApplication({ title: `Browser-checked chip ${word}` });
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id, application);
    await waitForStage(h.client, code, 'review');
    const described = await project(h.client, code).describe();
    const summary = (await described.staticSummary())!;

    const page = await browser.newPage();
    try {
      const namespace = encodeURIComponent(inject('temporalNamespace'));
      const workflowId = encodeURIComponent(projectWorkflowId(code));
      await page.goto(`${uiUrl}/namespaces/${namespace}/workflows/${workflowId}/${described.runId}/history`);
      // The summary and details, opened through the codec endpoint, and the current details in business words.
      await page.getByText('User Metadata', { exact: true }).waitFor({ timeout: 60_000 });
      // The details are on the page's User Metadata tab, each rendered as Markdown in a frame of its own.
      await page.getByText('User Metadata', { exact: true }).click();
      await expect.poll(() => allText(page), { timeout: 30_000 }).toContain(summary);
      await expect.poll(() => allText(page), { timeout: 30_000 }).toContain('等待专家评分');
      const text = await allText(page);
      expect(text).toContain('waiting for expert scores: 0 of 7 scored');
      expect(text).toContain('政策版本 policy version');

      // A list query on the search attributes finds it.
      const query = encodeURIComponent(`GgTitle = '${word}' AND GgOutcome = 'open'`);
      await page.goto(`${uiUrl}/namespaces/${namespace}/workflows?query=${query}`);
      await expect
        .poll(async () => page.locator('body').innerText(), { timeout: 60_000 })
        .toContain(projectWorkflowId(code));
    } finally {
      await page.close();
    }
  });

  // Managers read in the cluster's UI; every action goes through the API, where it is authorised and audited.
  it.runIf(inject('temporalMode') === 'cluster')(
    'in cluster mode the UI is read-only and opens payloads through the API',
    async () => {
      const settings = (await (await fetch(`${uiUrl}/api/v1/settings`)).json()) as Record<string, unknown>;
      expect(settings).toMatchObject({
        DisableWriteActions: true,
        WorkflowTerminateDisabled: true,
        WorkflowCancelDisabled: true,
        WorkflowSignalDisabled: true,
        WorkflowUpdateDisabled: true,
        WorkflowResetDisabled: true,
        BatchActionsDisabled: true,
        StartWorkflowDisabled: true,
        DefaultNamespace: inject('temporalNamespace'),
      });
      expect((settings.Codec as { Endpoint: string }).Endpoint).toMatch(/\/codec\//);
    },
  );
});
