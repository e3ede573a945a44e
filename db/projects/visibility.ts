// Which projects a reader may see, as a SQL condition on `projects p`. Who falls in which scope is the
// API's authorisation table (api/authorization.ts); how each scope reads in SQL is here.
import { seatedOnPanelSql } from '../experts';

export interface ProjectReader {
  id: string;
  /** `all`: staff who read every project; `own`: a project lead, their projects as PI; `panel`: an expert. */
  scope: 'all' | 'own' | 'panel';
}

/** The condition, with the reader's id as parameter $param; undefined when the reader sees every project. */
export function visibilitySql(reader: ProjectReader, param: number): string | undefined {
  switch (reader.scope) {
    case 'all':
      return undefined;
    case 'own':
      return `p.pi_id = $${param}`;
    case 'panel':
      // R18.2: an expert sees only projects whose panel seated them (recused experts are never seated).
      return seatedOnPanelSql('p.code', `$${param}`);
  }
}
