// Custom search attributes that make projects findable in the Temporal Web UI. One list serves the
// workflows (typed keys), the dev server (`--search-attribute` flags) and registration on existing clusters.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const projectSearchAttributes = {
  stage: defineSearchAttributeKey('GgStage', SearchAttributeType.KEYWORD),
  strategicField: defineSearchAttributeKey('GgStrategicField', SearchAttributeType.KEYWORD),
  listEntry: defineSearchAttributeKey('GgListEntry', SearchAttributeType.KEYWORD),
  leadOrganisation: defineSearchAttributeKey('GgLeadOrganisation', SearchAttributeType.KEYWORD),
  leadOrganisationType: defineSearchAttributeKey('GgLeadOrganisationType', SearchAttributeType.KEYWORD),
  county: defineSearchAttributeKey('GgCounty', SearchAttributeType.KEYWORD),
  mountainOrIslandCounty: defineSearchAttributeKey('GgMountainOrIslandCounty', SearchAttributeType.BOOL),
  nextDeadline: defineSearchAttributeKey('GgNextDeadline', SearchAttributeType.DATETIME),
  militaryOrder: defineSearchAttributeKey('GgMilitaryOrder', SearchAttributeType.BOOL),
  horseRaceGroup: defineSearchAttributeKey('GgHorseRaceGroup', SearchAttributeType.KEYWORD),
  /** The title, searchable as text: `GgTitle = '芯片'`. */
  title: defineSearchAttributeKey('GgTitle', SearchAttributeType.TEXT),
  /** A pending action is past its deadline. */
  overdue: defineSearchAttributeKey('GgOverdue', SearchAttributeType.BOOL),
  /** Who the project waits on: each owing role, and each owing person's id. */
  waitingOn: defineSearchAttributeKey('GgWaitingOn', SearchAttributeType.KEYWORD_LIST),
  /**
   * How it ended, since the UI shows every business ending as Completed: `open`, `completed` (closed after
   * post-evaluation), `terminated` or `rejected`.
   */
  outcome: defineSearchAttributeKey('GgOutcome', SearchAttributeType.KEYWORD),
} as const;

/** The names the `temporal` CLI uses for each type (`--search-attribute Name=Type`). */
const CLI_TYPE_NAMES: Record<SearchAttributeType, string> = {
  [SearchAttributeType.TEXT]: 'Text',
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.DOUBLE]: 'Double',
  [SearchAttributeType.BOOL]: 'Bool',
  [SearchAttributeType.DATETIME]: 'Datetime',
  [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
};

export const searchAttributeRegistrations = (): Array<{
  name: string;
  type: SearchAttributeType;
  cliType: string;
}> =>
  Object.values(projectSearchAttributes).map((key) => ({
    name: key.name,
    type: key.type,
    cliType: CLI_TYPE_NAMES[key.type],
  }));
