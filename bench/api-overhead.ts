// API overhead: the same staff action through HTTP (authentication, validation, the read model) and
// straight through the Temporal client, one after the other on one open project.
import { projectWorkflowId, setProjectPoolUpdate } from '../contract/project';
import { benchEvidence, officer, type Driver } from './driver';
import { log, type BenchSettings } from './settings';
import { percentile, round } from './support';
import type { BenchSystem } from './system';

export async function measureApiOverhead(system: BenchSystem, driver: Driver, settings: BenchSettings) {
  log(`API overhead: ${settings.samples} updates each way`);
  const code = await driver.openProject('2099-12-31');
  const viaHttp: number[] = [];
  const viaClient: number[] = [];
  const handle = system.client.workflow.getHandle(projectWorkflowId(code));
  let member = false;
  for (let i = 0; i < settings.samples; i++) {
    let started = performance.now();
    await driver.call(officer, 'POST', `/projects/${code}/project-pool`, {
      member: (member = !member),
      basis: 'bench',
      recommendation: 'bench',
      evidence: benchEvidence,
    });
    viaHttp.push(performance.now() - started);
    started = performance.now();
    await handle.executeUpdate(setProjectPoolUpdate, {
      args: [
        {
          member: (member = !member),
          basis: 'bench',
          recommendation: 'bench',
          evidence: benchEvidence,
          actor: officer,
        },
      ],
    });
    viaClient.push(performance.now() - started);
  }
  const figures = {
    httpP50Ms: round(percentile(viaHttp, 50)),
    httpP99Ms: round(percentile(viaHttp, 99)),
    clientP50Ms: round(percentile(viaClient, 50)),
    clientP99Ms: round(percentile(viaClient, 99)),
    p99Ratio: round(percentile(viaHttp, 99) / percentile(viaClient, 99), 3),
  };
  log(
    `  update p50/p99 via HTTP ${figures.httpP50Ms}/${figures.httpP99Ms} ms, via client ${figures.clientP50Ms}/${figures.clientP99Ms} ms`,
  );
  return figures;
}

export type ApiOverheadResults = Awaited<ReturnType<typeof measureApiOverhead>>;
