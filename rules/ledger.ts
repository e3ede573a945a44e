// The funds ledger's rules (R11, R12, R13, R21): when a planned instalment may be paid, what is reclaimed
// when a project ends early, and the balances an account shows, all derived from its entries and never
// kept as a running total. Plain arithmetic on integer fen, so workflow code can use it without zod.
import type { Fen } from './scalars';
import type { Violation } from './violation';

/** Each kind of ledger entry; money is provincial fiscal money in fen unless an entry says otherwise. */
export const LEDGER_ENTRY_KINDS = [
  /** A phase's approved subsidy (R12 after any cut; for a post-hoc subsidy, its ceiling, R11). */
  'approval',
  /** A change to what is approved: a post-hoc subsidy set below its ceiling by the acceptance (R11). */
  'approvalAdjustment',
  /** An instalment of the schedule, with the gate that releases it. */
  'instalmentPlanned',
  /** Money paid to the project against an instalment, by the finance officer. */
  'disbursement',
  /** The team's annual spending report: provincial money spent (amount) and self-raised (selfRaised). */
  'spendingReport',
  /** R13 / termination: the unspent balance plus what a finding declares misused, to be repaid. */
  'reclamationDemand',
  /** Money repaid against a reclamation demand, by the finance officer. */
  'receipt',
] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/**
 * What releases an instalment: the signed contract (or, for rolling support and a platform's filing, the
 * start of the phase), a milestone's passed check, a horse race's stage gate (R13), or the acceptance of a
 * post-hoc subsidy (R11).
 */
export type InstalmentGate =
  'contract' | 'stageGate' | 'acceptance' | 'rollingSupport' | 'platformApproval' | `milestone:${string}`;

export const INSTALMENT_GATE_PATTERN = /^(contract|stageGate|milestone:[^\s:]{1,64})$/;

/** Budget lines of a spending report (预算科目: 设备费, 业务费, 劳务费, 间接费用). */
export const BUDGET_LINES = ['equipment', 'business', 'labour', 'indirect'] as const;
export type BudgetLine = (typeof BUDGET_LINES)[number];

export interface Instalment {
  n: number;
  amount: Fen;
  gate: InstalmentGate;
  dueAt: string;
  paid: Fen;
}

/** A phase's money as its workflow holds it, to check the next step; the ledger table is the record. */
export interface PhaseFunds {
  instalments: Instalment[];
  paid: Fen;
  /** Provincial money reported spent in this phase's spending reports. */
  spent: Fen;
  disbursements: number;
  /** The years this phase's spending reports cover. */
  spendingReports: number[];
  nextSpendingReportDueAt?: string;
  stageGatePassed?: boolean;
}

export const newPhaseFunds = (instalments: Instalment[], nextSpendingReportDueAt?: string): PhaseFunds => ({
  instalments,
  paid: 0,
  spent: 0,
  disbursements: 0,
  spendingReports: [],
  ...(nextSpendingReportDueAt && { nextSpendingReportDueAt }),
});

/** What the gates read of the project. */
export interface GateFacts {
  milestones: ReadonlyArray<{ id: string; status: string }>;
  stageGatePassed: boolean;
  accepted: boolean;
}

export function gateOpen(gate: InstalmentGate, facts: GateFacts): boolean {
  if (gate.startsWith('milestone:')) {
    const id = gate.slice('milestone:'.length);
    const status = facts.milestones.find((m) => m.id === id)?.status;
    return status === 'passed' || status === 'acceptedLate';
  }
  if (gate === 'stageGate') return facts.stageGatePassed;
  if (gate === 'acceptance') return facts.accepted;
  return true;
}

/**
 * R13 / termination: what a project ending early repays: the provincial money paid and not reported
 * spent, plus what a finding declares misused of what was spent; never more than was paid.
 */
export function reclamationDue(
  funds: Pick<PhaseFunds, 'paid' | 'spent'>,
  misused: Fen = 0,
): {
  unspent: Fen;
  misused: Fen;
  amount: Fen;
} {
  const unspent = Math.max(0, funds.paid - funds.spent);
  const counted = Math.min(misused, funds.paid - unspent);
  return { unspent, misused: counted, amount: unspent + counted };
}

/** An entry as balances read it. */
export interface LedgerAmounts {
  kind: LedgerEntryKind;
  amount: Fen;
  selfRaised: Fen;
}

export interface LedgerBalances {
  approved: Fen;
  planned: Fen;
  paid: Fen;
  /** Provincial money spent as the team reported it. */
  spent: Fen;
  /** Self-raised money spent as the team reported it. */
  selfRaisedSpent: Fen;
  /** Paid and not reported spent. */
  unspent: Fen;
  /** Demanded back (R13, termination). */
  reclaimed: Fen;
  /** Repaid against the demands. */
  received: Fen;
  /** Demanded and not yet repaid. */
  outstanding: Fen;
}

/** Balances derived from the entries, as an auditor would add them up. */
export function ledgerBalances(entries: readonly LedgerAmounts[]): LedgerBalances {
  const sum = (...kinds: LedgerEntryKind[]) =>
    entries.filter((e) => kinds.includes(e.kind)).reduce((total, e) => total + e.amount, 0);
  const paid = sum('disbursement');
  const spent = sum('spendingReport');
  const reclaimed = sum('reclamationDemand');
  const received = sum('receipt');
  return {
    approved: sum('approval', 'approvalAdjustment'),
    planned: sum('instalmentPlanned'),
    paid,
    spent,
    selfRaisedSpent: entries
      .filter((e) => e.kind === 'spendingReport')
      .reduce((total, e) => total + e.selfRaised, 0),
    unspent: Math.max(0, paid - spent),
    reclaimed,
    received,
    outstanding: reclaimed - received,
  };
}

/** R11: a Ningbo project approved without funding is funded by Ningbo: the province pays it nothing. */
export const ningboReceivesNothing = (field: string): Violation => ({
  ruleId: 'R11',
  fields: [field],
  required: 'no provincial money (立项不资助: Ningbo funds and manages the project)',
  actual: 'provincial money asked for',
  message: {
    'zh-CN': '立项不资助项目由宁波市资助和管理，省级财政不拨款（含滚动支持）',
    en: 'A project approved without funding is funded and managed by Ningbo: the province pays it nothing, rolling support included',
  },
});

/** R13: a repayment is received against what is demanded and not yet repaid, never beyond it. */
export const receiptExceedsOutstanding = (amount: Fen, outstanding: Fen): Violation => ({
  ruleId: 'R13',
  fields: ['amount'],
  required: `at most the ${outstanding} fen outstanding`,
  actual: `${amount} fen`,
  message: {
    'zh-CN': `收回款 ${amount} 分超过尚未缴回的 ${outstanding} 分`,
    en: `A receipt of ${amount} fen exceeds the ${outstanding} fen outstanding`,
  },
});
