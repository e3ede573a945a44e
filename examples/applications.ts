// Valid list entries and applications with unique ids, meeting every rule of the default policy: the
// tests change only what each is about, and the bench drives its load with them.
import { randomUUID } from 'node:crypto';
import { wan, type Application, type ListEntry } from '../rules';

const short = () => randomUUID().slice(0, 8);

export function listEntry(overrides: Partial<ListEntry> = {}): ListEntry {
  return {
    id: `2026-IC-${short()}`,
    callListYear: 2026,
    title: 'High-end analogue chips for industrial control',
    tier: 'project',
    strategicField: 'integratedCircuits',
    selectionMode: 'openCompetition',
    invitedOrganisations: [],
    jointFunded: false,
    plannedApprovals: 1,
    urgent: false,
    proposers: [
      { kind: 'leadingEnterprise', name: 'Zhejiang Industrial Automation Group' },
      { kind: 'endUser', name: 'Ningbo Port Machinery' },
    ],
    ...overrides,
  };
}

/**
 * An enterprise application that meets every rule of the default policy: ¥10,000,000 total, ¥1,000,000
 * provincial subsidy matched 1:1 locally (R6.1), 80% self-raised (R6.3), R&D intensity above average (R6.4).
 */
/** R6.6: the recommending authority's recommendation, committing to the matching the application states. */
export function recommendation(application: Application) {
  return {
    decision: 'recommend',
    letter: `Recommendation letter No. ${application.leadOrganisation.id}`,
    commitment: {
      localMatch: application.budget.localMatch,
      institutionMatch: application.budget.institutionMatch,
    },
  } as const;
}

/** R6.6: who recommends an organisation's applications: an authority whose key acts for it. */
export const authorityOf = (organisationId: string) =>
  ({ id: `authority-${organisationId}`, role: 'recommendingAuthority' }) as const;

/** R18.1: the commitment staff sign on a decision, inside its evidence. */
export const staffCommitment = { noConflict: true, noSelfInterest: true } as const;

/** R18.1: an expert's commitment before seeing or scoring an application. */
export const expertCommitment = { noConflict: true, confidentiality: true, fairness: true } as const;

/** R3: a passing demonstration of the named draft entries by a panel of the kinds the policy names. */
export function passingDemonstration(entryIds: string[]) {
  return {
    entryIds,
    panel: [
      { name: 'Li Ming', kind: 'enterprise' as const, organisation: 'Supcon Technology' },
      { name: 'Zhou Hua', kind: 'technical' as const, organisation: 'Zhejiang University' },
      { name: 'Qian Lei', kind: 'endUser' as const, organisation: 'Ningbo Port Machinery' },
      { name: 'Sun Yan', kind: 'investor' as const, organisation: 'Hangzhou Venture Capital' },
      { name: 'Wu Jing', kind: 'finance' as const, organisation: 'Provincial Finance Department' },
    ],
    opinion: 'pass' as const,
    evidence: {
      procedure: 'expertReview' as const,
      basis: 'Demonstration meeting of the annual list, minutes No. 12',
      decidedBy: ['officer-wang'],
    },
  };
}

export function enterpriseApplication(overrides: Partial<Application> = {}): Application {
  const id = short();
  return {
    listEntryId: 'set-by-caller',
    title: 'Analogue front-end chip for PLCs',
    leadOrganisation: {
      id: `org-${id}`,
      name: `Hangzhou Microelectronics ${id}`,
      type: 'enterprise',
      region: { county: 'Binjiang', mountainOrIslandCounty: false, ningbo: false },
      majorInnovationPlatform: 'keyLab',
      leadsInnovationConsortium: false,
      industry: 'semiconductors',
      rdIntensityBp: 800,
      fundBacked: false,
    },
    partnerOrganisations: [],
    team: {
      principalInvestigator: {
        id: `pi-${id}`,
        name: 'Chen Wei',
        birthDate: '1985-04-12',
        organisationId: `org-${id}`,
      },
      members: [],
    },
    budget: {
      totalInvestment: wan(1000),
      provincialSubsidy: wan(100),
      localMatch: wan(100),
      institutionMatch: 0,
      selfRaised: wan(800),
      enterpriseContribution: wan(800),
    },
    keyIndicators: [{ name: 'sampling rate', target: '≥ 1 GS/s' }],
    manufacturing: true,
    industrialOrEngineering: true,
    integrityCommitment: { integrity: true, signatory: 'Chen Wei' },
    ...overrides,
  };
}

/** The HTTP body of an application (the list entry comes from the URL). */
export function applicationBody(
  app: Application = enterpriseApplication(),
): Omit<Application, 'listEntryId'> {
  const { listEntryId: _omit, ...body } = app;
  return body;
}
