// The authorisation matrix, in one place: which roles may call each route, and which projects a project
// lead or an expert may see. Staff actions reuse the workflow contract's table, so the HTTP edge and the
// update validators can never disagree.
import { ACTION_ROLES, Role, type Actor } from '../contract/project';
import type { ProjectReader } from '../db/projects/visibility';
import { ProblemError } from './problem';

/** Every role a person can hold; `system` is the workflow itself and never calls the API. */
const EVERYONE: readonly Role[] = Role.options.filter((r) => r !== 'system');
const STAFF_READERS: readonly Role[] = [
  'programmeOfficer',
  'supervisor',
  'financeOfficer',
  'auditor',
  'admin',
];

export const ROUTE_ROLES = {
  ...ACTION_ROLES,
  draftListEntry: ['programmeOfficer', 'admin'],
  reviseListEntry: ['programmeOfficer', 'admin'],
  publishListEntry: ['programmeOfficer', 'admin'],
  recordDemonstration: ['programmeOfficer', 'admin'],
  readCallList: EVERYONE,
  readListEntry: EVERYONE,
  browseListEntries: EVERYONE,
  apply: ['projectLead', 'admin'],
  listProjects: EVERYONE,
  readProject: EVERYONE,
  readEvents: [...STAFF_READERS, 'projectLead', 'commissioner'],
  readPanel: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
  readProjectIntegrity: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
  readRanking: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
  /** R18.3: public; listed so the matrix names every route. */
  readPublicity: EVERYONE,
  createExpert: ['programmeOfficer', 'admin'],
  recommendExperts: ['programmeOfficer', 'admin'],
  readExpertRecommendations: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
  listExperts: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
  listIntegrityRecords: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
  createIntegrityRecord: ['supervisor', 'admin'],
  listCommendations: STAFF_READERS,
  /** R18.4: the supervisor draws the projects to check; staff read the draws. */
  drawSpotChecks: ['supervisor', 'admin'],
  readSpotCheckDraws: STAFF_READERS,
  /** R23: the past ratings of the PI and organisation, beside the integrity record at review. */
  readTrackRecord: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
  /** R21: the results showcase (晾晒比拼) is for everyone; staff enter the award candidate pool. */
  readResultsShowcase: EVERYONE,
  enterAwardCandidate: ['programmeOfficer', 'admin'],
  listAwardCandidates: STAFF_READERS,
  portfolioKpis: STAFF_READERS,
  readLedger: [...STAFF_READERS, 'projectLead'],
  recordReceipt: ['financeOfficer'],
  ledgerTotals: STAFF_READERS,
  /** Papers: whoever acts on a project attaches them (auditors only read); whoever may see it reads them. */
  uploadDocument: EVERYONE.filter((role) => role !== 'auditor'),
  listDocuments: EVERYONE,
  downloadDocument: EVERYONE,
  myReminders: EVERYONE,
  myTasks: EVERYONE,
  myContact: EVERYONE,
  /** The codec endpoint: staff who may read every project read their histories in the Temporal UI. */
  decodePayloads: ['programmeOfficer', 'supervisor', 'auditor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type RouteId = keyof typeof ROUTE_ROLES;

/** POST routes that change nothing: the codec endpoint reads (a browser posts the payloads to open). */
export const READING_POSTS: readonly RouteId[] = ['decodePayloads'];

export const forbidden = (detail: string): ProblemError =>
  new ProblemError({
    type: 'forbidden',
    title: 'Not allowed',
    status: 403,
    detail,
    detailZh: `无权执行此操作：${detail}`,
  });

export function requireRouteRole(route: RouteId, actor: Actor): void {
  const allowed: readonly Role[] = ROUTE_ROLES[route];
  if (!allowed.includes(actor.role)) {
    throw forbidden(`${route} needs one of the roles ${allowed.join(', ')}; ${actor.id} is ${actor.role}`);
  }
}

/**
 * R7: the organisations whose entries a caller may see; undefined for staff, who see every entry, drafts
 * included. Anyone else sees the published open competitions and the commissions that invited them.
 */
export const entryReader = (actor: Actor, organisations: readonly string[]): readonly string[] | undefined =>
  STAFF_READERS.includes(actor.role) ? undefined : organisations;

/**
 * Roles that see every project; a lead sees their own, an expert those they were drawn to review (R18.2), a
 * recommending authority those led by the organisations it acts for (R6.6), a commissioner those they
 * were named to oversee (R18.5).
 */
export function projectReader(actor: Actor, organisations: readonly string[] = []): ProjectReader {
  if (STAFF_READERS.includes(actor.role)) return { id: actor.id, scope: 'all' };
  if (actor.role === 'recommendingAuthority' || actor.role === 'institution')
    return { id: actor.id, scope: 'organisations', organisations };
  if (actor.role === 'commissioner') return { id: actor.id, scope: 'commissioned' };
  return { id: actor.id, scope: actor.role === 'projectLead' ? 'own' : 'panel' };
}
