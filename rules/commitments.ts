// R18.1: applicants, experts and staff each sign a commitment (承诺) before they act: the applicant to the
// integrity of the application, each expert to no conflict, confidentiality and fairness before seeing or
// scoring an application, staff to no conflict and no self-interest on the decisions they sign. A promise
// left out, or given as false, is no commitment: the step is refused naming R18.1. No zod here: workflow
// validators run these checks; the schemas are in ./domain.ts.
import type { ApplicantCommitment, ExpertCommitment, StaffCommitment } from './domain';
import type { Violation } from './violation';

const WHO = {
  applicant: { zh: '申报人', en: 'the applicant' },
  expert: { zh: '评审专家', en: 'the expert' },
  staff: { zh: '经办人员', en: 'the staff member' },
} as const;

/** R18.1: every promise of a commitment given, and true. */
export function checkCommitment(
  who: keyof typeof WHO,
  field: string,
  commitment: Record<string, unknown> | undefined,
  promises: readonly string[],
): Violation[] {
  const broken = commitment ? promises.filter((p) => commitment[p] !== true) : [...promises];
  if (broken.length === 0) return [];
  return [
    {
      ruleId: 'R18.1',
      fields: commitment ? broken.map((p) => `${field}.${p}`) : [field],
      required: `a signed commitment: ${promises.join(', ')}`,
      actual: commitment ? `not promised: ${broken.join(', ')}` : 'no commitment',
      message: {
        'zh-CN': `${WHO[who].zh}须签署承诺（${promises.join('、')}）后方可办理`,
        en: `${WHO[who].en} signs a commitment (${promises.join(', ')}) before this step`,
      },
    },
  ];
}

export const APPLICANT_PROMISES = ['integrity'] as const;
export const EXPERT_PROMISES = ['noConflict', 'confidentiality', 'fairness'] as const;
export const STAFF_PROMISES = ['noConflict', 'noSelfInterest'] as const;

export const checkApplicantCommitment = (c: ApplicantCommitment | undefined): Violation[] =>
  checkCommitment('applicant', 'integrityCommitment', c, APPLICANT_PROMISES);
export const checkExpertCommitment = (c: ExpertCommitment | undefined): Violation[] =>
  checkCommitment('expert', 'commitment', c, EXPERT_PROMISES);
export const checkStaffCommitment = (c: StaffCommitment | undefined): Violation[] =>
  checkCommitment('staff', 'evidence.commitment', c, STAFF_PROMISES);
