// The domain model of the policy as zod schemas; types are inferred, so the API, the workflows and the
// rules all read the same definitions. Names follow shared/policy/GLOSSARY.md.
import { z } from 'zod';
import { CivilDate, Fen } from './scalars';

/** R1 task tiers: 重大专项 > 重大专题 > 重大项目. */
export const Tier = z.enum(['programme', 'topic', 'project']);
export type Tier = z.infer<typeof Tier>;

/** R7 selection modes. */
export const SelectionMode = z.enum(['openCompetition', 'selectiveCommission', 'directedCommission']);
export type SelectionMode = z.infer<typeof SelectionMode>;

/** R11 funding modes; `standard` is approval with funding before the work. */
export const FundingMode = z.enum([
  'standard',
  'postHocSubsidy',
  'immediateApproval',
  'approvedWithoutFunding',
]);
export type FundingMode = z.infer<typeof FundingMode>;

export const OrganisationType = z.enum([
  'enterprise',
  'university',
  'researchInstitute',
  'hospital',
  'other',
]);
export type OrganisationType = z.infer<typeof OrganisationType>;

/** R5: the kinds of 重大创新平台. R17 applies to provincial labs and technology innovation centres. */
export const PlatformType = z.enum([
  'provincialLab',
  'technologyInnovationCentre',
  'keyLab',
  'engineeringResearchCentre',
  'other',
]);
export type PlatformType = z.infer<typeof PlatformType>;

const id = z.string().trim().min(1).max(64);
const text = z.string().trim().min(1).max(500);

const signatory = z.string().trim().min(1).max(200);

/** The applicant's integrity commitment (诚信承诺), signed at submission. */
export const ApplicantCommitment = z.object({
  /** The application is truthful, and the team and organisations abide by research integrity. */
  integrity: z.boolean(),
  signatory,
  /** Set by the server when the application is accepted. */
  committedBy: z.string().max(128).optional(),
  committedAt: z.string().max(64).optional(),
});
export type ApplicantCommitment = z.infer<typeof ApplicantCommitment>;

/** An expert's commitment before seeing or scoring an application (R18.1, with R18.2 recusal). */
export const ExpertCommitment = z.object({
  noConflict: z.boolean(),
  confidentiality: z.boolean(),
  fairness: z.boolean(),
});
export type ExpertCommitment = z.infer<typeof ExpertCommitment>;

/** Staff's commitment on a decision they sign (R18.1; with R20, the ground of due-diligence exemption). */
export const StaffCommitment = z.object({
  noConflict: z.boolean(),
  noSelfInterest: z.boolean(),
});
export type StaffCommitment = z.infer<typeof StaffCommitment>;

/** R2: the kinds of body that propose a list entry (提出单位). */
export const ProposerKind = z.enum([
  'industryDepartment',
  'majorPlatform',
  'association',
  'leadingEnterprise',
  'endUser',
  'ventureInvestor',
]);
export type ProposerKind = z.infer<typeof ProposerKind>;

export const Proposer = z.object({ kind: ProposerKind, name: text });
export type Proposer = z.infer<typeof Proposer>;

/** R7: an organisation a selective or directed commission names. */
export const InvitedOrganisation = z.object({ id, name: text });
export type InvitedOrganisation = z.infer<typeof InvitedOrganisation>;

export const ListEntry = z.object({
  id,
  callListYear: z.number().int().min(2000).max(2100),
  title: text,
  tier: Tier,
  /** R1: the entry of the tier above (a topic's programme, a project's topic), in the same annual list. */
  parentId: id.optional(),
  strategicField: z.string().min(1).max(64),
  selectionMode: SelectionMode.default('openCompetition'),
  /** R7: who may apply to, and see, a selective (several) or directed (exactly one) commission. */
  invitedOrganisations: z.array(InvitedOrganisation).max(50).default([]),
  /** R4 enterprise joint-funded entry (联合出资挂榜). */
  jointFunded: z.boolean().default(false),
  plannedApprovals: z.number().int().min(1).max(1000),
  /** R8: when absent, the policy's examination fields decide. */
  examinationRequired: z.boolean().optional(),
  /** R2: who proposed the entry, by kind; at least one. */
  proposers: z.array(Proposer).max(20).default([]),
  /** Free-text proposer of entries published before proposers were recorded by kind. */
  proposedBy: z.string().trim().min(1).max(200).optional(),
  /** R11 immediateApproval is for especially major or urgent tasks. */
  urgent: z.boolean().default(false),
  applicationDeadline: CivilDate.optional(),
});
export type ListEntry = z.infer<typeof ListEntry>;

export const Region = z.object({
  county: z.string().trim().min(1).max(64),
  /** 26县、海岛县 (R6.1, R6.3, R10). */
  mountainOrIslandCounty: z.boolean().default(false),
  /** R11: Ningbo city's institutes and enterprises may be approved without provincial funding. */
  ningbo: z.boolean().default(false),
});
export type Region = z.infer<typeof Region>;

export const Organisation = z.object({
  id,
  name: text,
  type: OrganisationType,
  region: Region,
  /** R5 重大创新平台; absent when the organisation owns none. */
  majorInnovationPlatform: PlatformType.optional(),
  /** R5 a leading enterprise leading an innovation consortium (创新联合体). */
  leadsInnovationConsortium: z.boolean().default(false),
  /** R6.4: industry code, looked up in the policy's industry averages. */
  industry: z.string().trim().min(1).max(64).optional(),
  /** R6.4: R&D spending as a share of revenue, in basis points. */
  rdIntensityBp: z.number().int().min(0).max(10_000).optional(),
  /** R6.5: backed by an industrial fund or private equity. */
  fundBacked: z.boolean().default(false),
});
export type Organisation = z.infer<typeof Organisation>;

/**
 * All amounts in fen. The sources add up to the total: provincial subsidy + local match + institution
 * match + self-raised. The enterprise contribution (R4) is the part of self-raised paid by enterprises.
 */
export const Budget = z
  .object({
    totalInvestment: Fen,
    provincialSubsidy: Fen,
    localMatch: Fen.default(0),
    institutionMatch: Fen.default(0),
    selfRaised: Fen.default(0),
    enterpriseContribution: Fen.default(0),
  })
  .superRefine((b, ctx) => {
    const sum = b.provincialSubsidy + b.localMatch + b.institutionMatch + b.selfRaised;
    if (sum !== b.totalInvestment) {
      ctx.addIssue({
        code: 'custom',
        path: ['totalInvestment'],
        message: `the sources add up to ${sum} fen, not the total investment ${b.totalInvestment} fen`,
      });
    }
    if (b.enterpriseContribution > b.selfRaised) {
      ctx.addIssue({
        code: 'custom',
        path: ['enterpriseContribution'],
        message: 'the enterprise contribution is part of the self-raised funds and cannot exceed them',
      });
    }
  });
export type Budget = z.infer<typeof Budget>;

export const Person = z.object({
  id,
  name: text,
  birthDate: CivilDate,
  organisationId: id,
});
export type Person = z.infer<typeof Person>;

export const Team = z.object({
  principalInvestigator: Person,
  members: z.array(Person).max(200).default([]),
});
export type Team = z.infer<typeof Team>;

export const Indicator = z.object({ name: text, target: text });
export type Indicator = z.infer<typeof Indicator>;

export const Milestone = z.object({
  id,
  title: text,
  dueDate: CivilDate,
  indicators: z.array(Indicator).max(50).default([]),
});
export type Milestone = z.infer<typeof Milestone>;

export const Application = z.object({
  listEntryId: id,
  title: text,
  leadOrganisation: Organisation,
  /** Other undertaking organisations (承担单位) of the consortium. */
  partnerOrganisations: z.array(Organisation).max(50).default([]),
  team: Team,
  budget: Budget,
  keyIndicators: z.array(Indicator).max(50).default([]),
  /** R10 manufacturing share. */
  manufacturing: z.boolean().default(false),
  /** R11 postHocSubsidy is for industrial and engineering projects. */
  industrialOrEngineering: z.boolean().default(false),
  /** R13: the technical route (技术路线) the team takes; a horse race funds clearly different ones. */
  technicalRoute: text.optional(),
  /** R18.1: the applicant's integrity commitment, required at submission (absent on older applications). */
  integrityCommitment: ApplicantCommitment.optional(),
});
export type Application = z.infer<typeof Application>;

export const Expert = z.object({
  id,
  name: text,
  organisationId: id,
  /** R9: enterprise experts' share should rise. */
  fromEnterprise: z.boolean().default(false),
  /** R9: the strategic fields the expert reviews; the draw takes experts of the entry's field. */
  specialties: z.array(z.string().min(1).max(64)).max(15).default([]),
  /** R18.2: ids of organisations, people or projects the expert declared a conflict with. */
  declaredConflicts: z.array(id).max(200).default([]),
});
export type Expert = z.infer<typeof Expert>;

export const IntegritySubject = z.enum(['person', 'organisation']);
export const IntegrityRecord = z.object({
  id,
  subjectType: IntegritySubject,
  subjectId: id,
  /** ban: barred from applying / reviewing (R14.2, R19); finding: a bad record; commendation: R14.1. */
  kind: z.enum(['ban', 'finding', 'commendation']),
  ruleId: z.string().regex(/^R\d+(\.\d+)?$/),
  startsOn: CivilDate,
  /** Exclusive end of a ban. */
  endsOn: CivilDate.optional(),
  basis: text,
});
export type IntegrityRecord = z.infer<typeof IntegrityRecord>;
