// A rule violation names the rule, the fields, what was required and what was found, in both languages,
// so the API can return it as is (problem+json with rule ids) and a person can act on it.

export type RuleId = `R${number}` | `R${number}.${number}`;

export interface LocalisedText {
  'zh-CN': string;
  en: string;
}

export interface Violation {
  ruleId: RuleId;
  fields: string[];
  required: string;
  actual: string;
  message: LocalisedText;
}

export const violation = (v: Violation): Violation => v;

/** A rule outcome: either fine, or every violation found (never only the first). */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; violations: Violation[] };

export const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
export const refused = <T>(violations: Violation[]): RuleResult<T> => ({ ok: false, violations });
