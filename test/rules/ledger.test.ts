// The ledger's arithmetic (R11, R12, R13, R21): gates, the reclamation of the unspent and misused, and
// balances derived from entries.
import { describe, expect, it } from 'vitest';
import { gateOpen, ledgerBalances, reclamationDue, wan, type LedgerAmounts } from '../../rules';

describe('the funds ledger', () => {
  const facts = {
    milestones: [
      { id: 'M1', status: 'passed' },
      { id: 'M2', status: 'pending' },
      { id: 'M3', status: 'acceptedLate' },
    ],
    stageGatePassed: false,
    accepted: false,
  };

  it('opens a milestone gate once its check passed or it was accepted late (R11, R12)', () => {
    expect(gateOpen('contract', facts)).toBe(true);
    expect(gateOpen('milestone:M1', facts)).toBe(true);
    expect(gateOpen('milestone:M2', facts)).toBe(false);
    expect(gateOpen('milestone:M3', facts)).toBe(true);
    expect(gateOpen('milestone:M9', facts)).toBe(false);
  });

  it('opens the horse race’s stage gate (R13) and a post-hoc subsidy’s acceptance (R11) only once passed', () => {
    expect(gateOpen('stageGate', facts)).toBe(false);
    expect(gateOpen('stageGate', { ...facts, stageGatePassed: true })).toBe(true);
    expect(gateOpen('acceptance', facts)).toBe(false);
    expect(gateOpen('acceptance', { ...facts, accepted: true })).toBe(true);
  });

  it('reclaims the unspent plus what was misused, never more than was paid (R13)', () => {
    expect(reclamationDue({ paid: wan(100), spent: wan(30) })).toEqual({
      unspent: wan(70),
      misused: 0,
      amount: wan(70),
    });
    expect(reclamationDue({ paid: wan(100), spent: wan(30) }, wan(10))).toEqual({
      unspent: wan(70),
      misused: wan(10),
      amount: wan(80),
    });
    // A finding larger than what was spent reclaims everything paid, nothing beyond.
    expect(reclamationDue({ paid: wan(100), spent: wan(30) }, wan(50)).amount).toBe(wan(100));
    expect(reclamationDue({ paid: 0, spent: 0 }, wan(5)).amount).toBe(0);
  });

  it('derives every balance from the entries, rolling-support phases (R21) adding up', () => {
    const entries: LedgerAmounts[] = [
      { kind: 'approval', amount: wan(100), selfRaised: 0 },
      { kind: 'approvalAdjustment', amount: -wan(20), selfRaised: 0 },
      { kind: 'instalmentPlanned', amount: wan(80), selfRaised: 0 },
      { kind: 'disbursement', amount: wan(80), selfRaised: 0 },
      { kind: 'spendingReport', amount: wan(50), selfRaised: wan(200) },
      { kind: 'approval', amount: wan(40), selfRaised: 0 },
      { kind: 'reclamationDemand', amount: wan(30), selfRaised: 0 },
      { kind: 'receipt', amount: wan(10), selfRaised: 0 },
    ];
    expect(ledgerBalances(entries)).toEqual({
      approved: wan(120),
      planned: wan(80),
      paid: wan(80),
      spent: wan(50),
      selfRaisedSpent: wan(200),
      unspent: wan(30),
      reclaimed: wan(30),
      received: wan(10),
      outstanding: wan(20),
    });
  });
});
