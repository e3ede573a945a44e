// R1: what a call-list entry must be to be published: an entry of one of the policy's strategic fields.
import type { PolicyVersion } from './policy-version';
import type { Violation } from './violation';

export function checkStrategicField(field: string, policy: PolicyVersion): Violation[] {
  if (policy.strategicFields.includes(field)) return [];
  return [
    {
      ruleId: 'R1',
      fields: ['strategicField'],
      required: `one of the strategic fields: ${policy.strategicFields.join(', ')}`,
      actual: field,
      message: {
        'zh-CN': `“${field}”不是15大战略领域之一`,
        en: `"${field}" is not one of the strategic fields`,
      },
    },
  ];
}
