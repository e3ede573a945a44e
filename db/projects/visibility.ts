// Which projects a reader may see, as a SQL condition on `projects p`. Who falls in which scope is the
// API's authorisation table (api/authorization.ts); how each scope reads in SQL is here.
import { seatedOnPanelSql } from '../experts';

export interface ProjectReader {
  id: string;
  /**
   * `all`: staff who read every project; `own`: a project lead, their projects as PI; `panel`: an expert;
   * `organisations`: a recommending authority, the projects led by the organisations it acts for (R6.6);
   * `commissioned`: a commissioner, the projects they were named to oversee (R18.5).
   */
  scope: 'all' | 'own' | 'panel' | 'organisations' | 'commissioned';
  organisations?: readonly string[];
}

/** What the condition's parameter is: the reader's organisations, or their id. */
export const visibilityParam = (reader: ProjectReader): unknown =>
  reader.scope === 'organisations' ? (reader.organisations ?? []) : reader.id;

/** The condition, with visibilityParam as parameter $param; undefined when the reader sees every project. */
export function visibilitySql(reader: ProjectReader, param: number): string | undefined {
  switch (reader.scope) {
    case 'organisations':
      return `p.lead_organisation_id = ANY($${param})`;
    case 'all':
      return undefined;
    case 'own':
      return `p.pi_id = $${param}`;
    case 'commissioned':
      return `p.commissioner_id = $${param}`;
    case 'panel':
      // R18.2: an expert sees only projects whose panel seated them (recused experts are never seated).
      return seatedOnPanelSql('p.code', `$${param}`);
  }
}
