// The project's money in the ledger (R11, R12, R13, R21): the phase's approval and instalment schedule at
// the contract (or the platform's approval, a rolling-support phase, a post-hoc subsidy's acceptance),
// finance's disbursements once a gate released them, the team's spending reports, and the reclamation of
// the unspent and misused when the project ends early. Each entry's key is derived from the project's
// state (`<code>:<phase>:<kind>:<n>`), so a retried activity never writes it twice.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { InstalmentPlan, MisusedFunds } from '../../contract/project';
import {
  fileSpendingReportUpdate,
  recordDisbursementUpdate,
  type Actor,
} from '../../contract/project-workflow';
import type { NewLedgerEntry } from '../../db/ledger';
import { shanghaiDate } from '../../rules/dates';
import {
  gateOpen,
  newPhaseFunds,
  ningboReceivesNothing,
  reclamationDue,
  type Instalment,
  type InstalmentGate,
} from '../../rules/ledger';
import type { RuleId, Violation } from '../../rules';
import { gateFactsOf } from '../pending-actions';
import { invalidTransition, requireRole, requireStage, ruleViolation } from '../failures';
import { databaseWrites } from '../activity-options';
import { onAction } from './on-action';
import { record } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { summarised } from './summaries';

const { recordLedgerEntries } = proxyActivities<Activities>(databaseWrites);

type EntryDraft = Omit<NewLedgerEntry, 'entryKey' | 'code' | 'phase' | 'occurredOn'> & { n: number | string };

function writeEntries(run: ProjectRun, drafts: EntryDraft[]): Promise<void> {
  const phase = run.state.phase;
  const occurredOn = shanghaiDate(new Date(run.now()));
  return summarised(
    run,
    recordLedgerEntries,
    `记入经费台账 · ledger entries: ${drafts.map((d) => d.kind).join(', ')}`,
    drafts.map(({ n, ...entry }) => ({
      ...entry,
      entryKey: `${run.code}:${phase}:${entry.kind}:${n}`,
      code: run.code,
      phase,
      occurredOn,
    })),
  );
}

const violation = (
  ruleId: RuleId,
  field: string,
  required: string,
  actual: string,
  zh: string,
  en: string,
): Violation => ({
  ruleId,
  fields: [field],
  required,
  actual,
  message: { 'zh-CN': zh, en },
});

/** R11: a Ningbo project approved without funding receives nothing from the province, ever. */
export const ningboManaged = (run: ProjectRun): boolean =>
  run.state.platform?.manager === 'ningbo' || run.state.fundingMode === 'approvedWithoutFunding';

/**
 * The contract's schedule checked against the approval: none for a post-hoc subsidy or a project without
 * provincial money (R11); otherwise adding up to the approved subsidy, each gate one the project has.
 */
export function checkInstalments(
  run: ProjectRun,
  plan: InstalmentPlan[] | undefined,
  milestoneIds: string[],
): Violation[] {
  const state = run.state;
  if (!plan) return [];
  if (state.fundingMode === 'postHocSubsidy' || state.provincialSubsidy === 0) {
    return [
      violation(
        'R11',
        'instalments',
        state.fundingMode === 'postHocSubsidy'
          ? 'no schedule: a post-hoc subsidy is set and paid after acceptance'
          : 'no schedule: the project receives no provincial money',
        `${plan.length} instalment(s)`,
        state.fundingMode === 'postHocSubsidy'
          ? '事前立项事后补助项目的补助在验收后核定拨付，合同不设拨款计划'
          : '立项不资助项目不安排省级财政拨款',
        state.fundingMode === 'postHocSubsidy'
          ? 'A post-hoc subsidy is set by the acceptance and paid after it: the contract schedules no instalments'
          : 'The project receives no provincial money: the contract schedules no instalments',
      ),
    ];
  }
  const violations: Violation[] = [];
  const total = plan.reduce((sum, i) => sum + i.amount, 0);
  if (total !== state.provincialSubsidy) {
    violations.push(
      violation(
        'R12',
        'instalments',
        `instalments adding up to the approved subsidy ${state.provincialSubsidy} fen`,
        `${total} fen`,
        `拨款计划合计应等于核定的省级财政补助 ${state.provincialSubsidy} 分，实际为 ${total} 分`,
        `The instalments add up to ${total} fen, not the approved subsidy of ${state.provincialSubsidy} fen`,
      ),
    );
  }
  plan.forEach((instalment, index) => {
    const gate = instalment.gate;
    const unknownMilestone = gate.startsWith('milestone:') && !milestoneIds.includes(gate.slice(10));
    const noRace = gate === 'stageGate' && !state.horseRaceGroup;
    if (unknownMilestone || noRace) {
      violations.push(
        violation(
          noRace ? 'R13' : 'R12',
          `instalments.${index}.gate`,
          noRace ? 'a stage gate only in a horse race' : 'a milestone of this contract',
          gate,
          noRace ? '只有赛马项目设有阶段评估关口' : `合同中没有里程碑 ${gate.slice(10)}`,
          noRace
            ? 'Only a horse-race project has a stage gate to release an instalment'
            : `The contract has no milestone ${gate.slice(10)} to release instalment ${index + 1}`,
        ),
      );
    }
  });
  return violations;
}

/** The schedule the contract sets; absent, one instalment released by the contract itself. */
export function scheduleOf(run: ProjectRun, plan: InstalmentPlan[] | undefined): Instalment[] {
  const state = run.state;
  if (state.fundingMode === 'postHocSubsidy' || state.provincialSubsidy === 0 || ningboManaged(run))
    return [];
  const defaultDue = run.iso(run.now() + run.durations.disbursementWindowMs);
  return (plan ?? [{ amount: state.provincialSubsidy, dueAt: defaultDue, gate: 'contract' }]).map(
    (i, index) => ({
      n: index + 1,
      amount: i.amount,
      gate: i.gate as InstalmentGate,
      dueAt: run.iso(Date.parse(i.dueAt)),
      paid: 0,
    }),
  );
}

/**
 * The phase's account in the state: its instalments, the first spending report due one interval on. Set
 * before the step that opens the phase is recorded, the read model and the inbox show its payments owed
 * with that step; projects from before set it only in `openPhaseFunds`, after.
 */
export function planPhaseFunds(run: ProjectRun, instalments: Instalment[]): void {
  if (ningboManaged(run)) return;
  run.state.funds = newPhaseFunds(instalments, run.iso(run.now() + run.durations.spendingReportIntervalMs));
}

/**
 * Opens a phase in the ledger: its approval and the instalments planned. A post-hoc subsidy's approval is
 * its ceiling; a project without provincial money has no account.
 */
export async function openPhaseFunds(
  run: ProjectRun,
  approved: number,
  instalments: Instalment[],
  actor: Actor,
  basis: string,
  ruleIds: RuleId[],
): Promise<void> {
  if (ningboManaged(run)) return;
  const state = run.state;
  if (!run.features.managerView) planPhaseFunds(run, instalments);
  await writeEntries(run, [
    {
      n: 1,
      kind: 'approval',
      amount: approved,
      actor,
      basis,
      ruleIds,
      details: { fundingMode: state.fundingMode ?? 'standard' },
    },
    ...instalments.map((i) => plannedEntry(i, actor, basis)),
  ]);
}

/** The one instalment of a phase whose money is released at its start, due within the disbursement window. */
export const oneInstalment = (
  run: ProjectRun,
  amount: number,
  gate: 'rollingSupport' | 'platformApproval',
): Instalment[] => [
  { n: 1, amount, gate, dueAt: run.iso(run.now() + run.durations.disbursementWindowMs), paid: 0 },
];

/** A phase whose money is one instalment released at its start: rolling support, a platform's approval. */
type OneInstalmentGate = 'rollingSupport' | 'platformApproval';

/**
 * Before the step that opens such a phase: its instalment in the state, so the payment owed shows with the
 * step. Projects from before the manager's view plan it only when it is opened (undefined here).
 */
export function planOneInstalmentPhase(
  run: ProjectRun,
  amount: number,
  gate: OneInstalmentGate,
): Instalment[] | undefined {
  if (!run.features.ledger || amount <= 0 || !run.features.managerView) return undefined;
  const planned = oneInstalment(run, amount, gate);
  planPhaseFunds(run, planned);
  return planned;
}

/** After that step: the phase in the ledger, as planned before it or, for projects from before, now. */
export async function openOneInstalmentPhase(
  run: ProjectRun,
  planned: Instalment[] | undefined,
  phase: { amount: number; gate: OneInstalmentGate; actor: Actor; basis: string; ruleIds: RuleId[] },
): Promise<void> {
  if (!run.features.ledger || phase.amount <= 0) return;
  const instalments = planned ?? oneInstalment(run, phase.amount, phase.gate);
  await openPhaseFunds(run, phase.amount, instalments, phase.actor, phase.basis, phase.ruleIds);
}

const plannedEntry = (i: Instalment, actor: Actor, basis: string): EntryDraft => ({
  n: i.n,
  kind: 'instalmentPlanned',
  amount: i.amount,
  instalment: i.n,
  gate: i.gate,
  dueOn: i.dueAt.slice(0, 10),
  actor,
  basis,
  ruleIds: ['R11', 'R12'],
});

/**
 * R11: the acceptance sets a post-hoc subsidy at most its approved ceiling; the difference is an
 * adjustment of the approval, and the amount one instalment released by the acceptance.
 */
export async function setPostHocSubsidy(
  run: ProjectRun,
  amount: number,
  actor: Actor,
  basis: string,
): Promise<void> {
  const funds = run.state.funds;
  if (!funds) return;
  const instalment: Instalment = {
    n: funds.instalments.length + 1,
    amount,
    gate: 'acceptance',
    dueAt: run.iso(run.now() + run.durations.disbursementWindowMs),
    paid: 0,
  };
  if (amount > 0) funds.instalments.push(instalment);
  const cut = amount - run.state.provincialSubsidy;
  await writeEntries(run, [
    ...(cut < 0
      ? [{ n: 1, kind: 'approvalAdjustment' as const, amount: cut, actor, basis, ruleIds: ['R11'] }]
      : []),
    ...(amount > 0 ? [plannedEntry(instalment, actor, basis)] : []),
  ]);
}

/** R11: a post-hoc subsidy's amount comes with a passed acceptance, at most the approved ceiling. */
export function checkPostHocSubsidy(
  run: ProjectRun,
  passed: boolean,
  amount: number | undefined,
): Violation[] {
  const state = run.state;
  if (!run.features.ledger || !passed) return [];
  const postHoc = state.fundingMode === 'postHocSubsidy';
  if (postHoc && amount === undefined)
    return [
      violation(
        'R11',
        'postHocSubsidy',
        `the post-hoc subsidy set by the acceptance, at most ${state.provincialSubsidy} fen`,
        'absent',
        '事后补助项目验收通过时须核定补助金额（不超过立项核定额）',
        `A passed acceptance of a post-hoc subsidy sets its amount, at most the approved ${state.provincialSubsidy} fen`,
      ),
    ];
  if (!postHoc && amount !== undefined)
    return [
      violation(
        'R11',
        'postHocSubsidy',
        'only for a post-hoc subsidy (事前立项事后补助)',
        `${state.fundingMode ?? 'standard'}`,
        '只有事前立项事后补助项目在验收时核定补助金额',
        'Only a post-hoc subsidy is set by the acceptance; this project’s subsidy was set at approval',
      ),
    ];
  if (postHoc && amount! > state.provincialSubsidy)
    return [
      violation(
        'R11',
        'postHocSubsidy',
        `at most the approved ${state.provincialSubsidy} fen`,
        `${amount} fen`,
        `事后补助金额不得超过立项核定的 ${state.provincialSubsidy} 分`,
        `A post-hoc subsidy is at most the approved ${state.provincialSubsidy} fen`,
      ),
    ];
  return [];
}

/**
 * R13 / termination: the phase's unspent money plus what a finding declares misused is demanded back,
 * due within the policy's period. After acceptance (post-evaluation) the accepted subsidy stays.
 */
export async function reclaimOnTermination(
  run: ProjectRun,
  reason: string,
  ruleIds: RuleId[],
  misused: MisusedFunds | undefined,
): Promise<void> {
  const funds = run.state.funds;
  if (!funds || run.state.acceptedAt) return;
  const due = reclamationDue(funds, misused?.amount ?? 0);
  if (due.amount === 0) return;
  const dueOn = shanghaiDate(new Date(run.now() + run.durations.reclamationDueMs));
  await writeEntries(run, [
    {
      n: 1,
      kind: 'reclamationDemand',
      amount: due.amount,
      gate: 'termination',
      dueOn,
      actor: SYSTEM,
      basis: misused ? `${reason}; misused: ${misused.finding}` : reason,
      ruleIds: ['R13', ...ruleIds.filter((id) => id !== 'R13')],
      details: { unspent: due.unspent, misused: due.misused },
    },
  ]);
  await record(run, 'fundReclamation', SYSTEM, {
    ruleIds: ['R13'],
    payload: { amount: due.amount, unspent: due.unspent, misused: due.misused, dueOn },
  });
}

const FUNDED_STAGES = ['execution', 'acceptance', 'postEvaluation'] as const;

export function onRecordDisbursement(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    recordDisbursementUpdate,
    async (request, answer) => {
      const funds = state.funds!;
      const instalment = funds.instalments.find((i) => i.n === request.instalment)!;
      instalment.paid += request.amount;
      funds.paid += request.amount;
      funds.disbursements += 1;
      state.fundsPaid += request.amount;
      await writeEntries(run, [
        {
          n: funds.disbursements,
          kind: 'disbursement',
          amount: request.amount,
          instalment: instalment.n,
          gate: instalment.gate,
          actor: request.actor,
          basis: request.basis ?? `instalment ${instalment.n}`,
          ruleIds: ['R11', 'R12'],
          details: { voucher: request.voucher, paidOn: request.paidOn },
        },
      ]);
      await record(run, 'disbursement', request.actor, {
        basis: request.basis,
        ruleIds: ['R11', 'R12'],
        payload: {
          instalment: instalment.n,
          amount: request.amount,
          gate: instalment.gate,
          voucher: request.voucher,
        },
      });
      return answer();
    },
    (request) => {
      requireRole('recordDisbursement', request.actor);
      if (ningboManaged(run)) throw ruleViolation([ningboReceivesNothing('amount')]);
      requireStage('recordDisbursement', state.stage, FUNDED_STAGES);
      const funds = state.funds;
      if (!funds)
        throw invalidTransition(
          state.fundingMode === 'postHocSubsidy' && !state.acceptedAt
            ? `A post-hoc subsidy is paid after acceptance (R11); project ${run.code} is not accepted yet`
            : `Project ${run.code} has no instalment schedule in the ledger (its subsidy counted as paid at signing)`,
        );
      const instalment = funds.instalments.find((i) => i.n === request.instalment);
      if (!instalment) {
        throw invalidTransition(
          state.fundingMode === 'postHocSubsidy' && !state.acceptedAt
            ? `A post-hoc subsidy is paid after acceptance (R11); project ${run.code} is not accepted yet`
            : `Project ${run.code} has no instalment ${request.instalment} in phase ${state.phase} (it has ${funds.instalments.length})`,
        );
      }
      if (!gateOpen(instalment.gate, gateFactsOf(state)))
        throw invalidTransition(
          `Instalment ${instalment.n} is released by ${describeGate(instalment.gate)}, which has not opened yet`,
        );
      const left = instalment.amount - instalment.paid;
      if (request.amount > left)
        throw ruleViolation([
          violation(
            'R12',
            'amount',
            `at most ${left} fen still unpaid of instalment ${instalment.n}`,
            `${request.amount} fen`,
            `第 ${instalment.n} 期拨款尚余 ${left} 分，本次拨付 ${request.amount} 分超出计划`,
            `Instalment ${instalment.n} has ${left} fen left to pay; ${request.amount} fen exceeds the schedule`,
          ),
        ]);
    },
  );
}

const describeGate = (gate: InstalmentGate): string =>
  gate.startsWith('milestone:')
    ? `the passed check of milestone ${gate.slice(10)}`
    : gate === 'stageGate'
      ? 'the horse race’s stage gate (R13)'
      : gate === 'acceptance'
        ? 'the acceptance (R11)'
        : 'the contract';

export function onFileSpendingReport(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    fileSpendingReportUpdate,
    async (request, answer) => {
      const funds = state.funds!;
      const provincial = request.lines.reduce((sum, l) => sum + l.provincial, 0);
      const selfRaised = request.lines.reduce((sum, l) => sum + l.selfRaised, 0);
      funds.spent += provincial;
      funds.spendingReports.push(request.year);
      if (funds.nextSpendingReportDueAt)
        funds.nextSpendingReportDueAt = run.iso(
          Math.max(run.now(), Date.parse(funds.nextSpendingReportDueAt)) +
            run.durations.spendingReportIntervalMs,
        );
      await writeEntries(run, [
        {
          n: request.year,
          kind: 'spendingReport',
          amount: provincial,
          selfRaised,
          actor: request.actor,
          basis: request.note ?? `spending report ${request.year}`,
          ruleIds: ['R12'],
          details: { year: request.year, lines: request.lines },
        },
      ]);
      await record(run, 'spendingReport', request.actor, {
        basis: request.note,
        ruleIds: ['R12'],
        payload: {
          year: request.year,
          provincial,
          selfRaised,
          ...(request.documents && { documents: request.documents }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('fileSpendingReport', request.actor);
      if (request.actor.id !== run.piId)
        throw invalidTransition(`Only the project's PI ${run.piId} files its spending reports`);
      requireStage('fileSpendingReport', state.stage, FUNDED_STAGES);
      const funds = state.funds;
      if (!funds) throw invalidTransition(`Project ${run.code} has no provincial account in the ledger`);
      if (funds.spendingReports.includes(request.year))
        throw invalidTransition(
          `The spending report for ${request.year} of phase ${state.phase} is already filed`,
        );
      const provincial = request.lines.reduce((sum, l) => sum + l.provincial, 0);
      if (funds.spent + provincial > funds.paid)
        throw ruleViolation([
          violation(
            'R12',
            'lines',
            `provincial spending at most the ${funds.paid} fen paid, ${funds.spent} fen of it already reported`,
            `${funds.spent + provincial} fen`,
            `报告的省级财政资金支出（累计 ${funds.spent + provincial} 分）超过已拨付的 ${funds.paid} 分`,
            `Reported provincial spending (${funds.spent + provincial} fen in all) exceeds the ${funds.paid} fen paid`,
          ),
        ]);
    },
  );
}
