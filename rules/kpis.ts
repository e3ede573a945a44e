// R10 portfolio targets: reported for a set of approved projects, never used to refuse one project.
import { ageOn } from './dates';
import { shareBp } from './money';
import type { BasisPoints, CivilDate } from './scalars';
import type { PolicyVersion } from './policy-version';

export interface ApprovedProjectFacts {
  manufacturing: boolean;
  /** Enterprise-led industry-academia-research project. */
  enterpriseLed: boolean;
  mountainOrIslandCounty: boolean;
  principalInvestigatorBirthDate: CivilDate;
  approvedOn: CivilDate;
}

export interface Kpi {
  id: 'manufacturingShare' | 'enterpriseLedShare' | 'mountainOrIslandShare' | 'youngPiShare';
  ruleId: 'R10';
  count: number;
  total: number;
  shareBp: BasisPoints;
  /** A floor, or for the 26-county share the previous period's share that it should rise above. */
  targetBp: BasisPoints | null;
  met: boolean | null;
}

export function portfolioKpis(
  projects: readonly ApprovedProjectFacts[],
  policy: PolicyVersion,
  previousMountainOrIslandShareBp?: BasisPoints,
): Kpi[] {
  const total = projects.length;
  const kpi = (id: Kpi['id'], count: number, targetBp: BasisPoints | null, rising = false): Kpi => {
    const share = shareBp(count, total);
    const met = targetBp === null || total === 0 ? null : rising ? share > targetBp : share >= targetBp;
    return { id, ruleId: 'R10', count, total, shareBp: share, targetBp, met };
  };
  const count = (pred: (p: ApprovedProjectFacts) => boolean) => projects.filter(pred).length;
  return [
    kpi(
      'manufacturingShare',
      count((p) => p.manufacturing),
      policy.manufacturingShareTargetBp,
    ),
    kpi(
      'enterpriseLedShare',
      count((p) => p.enterpriseLed),
      policy.enterpriseLedShareTargetBp,
    ),
    kpi(
      'mountainOrIslandShare',
      count((p) => p.mountainOrIslandCounty),
      previousMountainOrIslandShareBp ?? null,
      true,
    ),
    kpi(
      'youngPiShare',
      count((p) => ageOn(p.principalInvestigatorBirthDate, p.approvedOn) < policy.youngPiAgeBelow),
      policy.youngPiShareTargetBp,
    ),
  ];
}
