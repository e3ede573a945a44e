// The PI's integrity records a project writes: an R14.1 commendation or an R14.2 ban (R19 then refuses
// their applications). Keyed by project and phase, so a retried activity writes nothing twice.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { IntegrityRecord } from '../../rules';
import { databaseWrites } from '../activity-options';
import type { ProjectRun } from './run';
import { summarised } from './summaries';

const { recordIntegrityRecord } = proxyActivities<Activities>(databaseWrites);

/** Not async: the caller awaits the activity itself, so its next step's timing stays as recorded. */
export function recordPiIntegrity(
  run: ProjectRun,
  record: Pick<IntegrityRecord, 'ruleId' | 'startsOn' | 'endsOn' | 'basis'> & {
    kind: 'ban' | 'commendation';
  },
): Promise<void> {
  const what = record.kind === 'ban' ? '记入科研诚信记录 · integrity ban' : '记入表彰 · commendation';
  return summarised(run, recordIntegrityRecord, `${what} (${record.ruleId}): ${run.piId}`, {
    id: `${record.kind}:${run.code}:${run.state.phase}`,
    projectCode: run.code,
    subjectType: 'person',
    subjectId: run.piId,
    ...record,
  });
}
