// R13 horse race: declared, different routes; an on-site inspection finding comparable level; stage goals
// set at contract; two or more teams at the gate.
import { describe, expect, it } from 'vitest';
import { checkHorseRaceCandidate, checkRaceSize, checkStageGoals } from '../../rules';

const fields = (violations: Array<{ ruleId: string; fields: string[] }>) =>
  violations.map((v) => [v.ruleId, v.fields[0]]);

describe('R13 horse race', () => {
  it('takes a declared route of its own, inspected and found comparable', () => {
    expect(
      checkHorseRaceCandidate({ technicalRoute: 'SAR ADC', inspected: true, comparableLevel: true }, [
        'Pipelined ADC',
      ]),
    ).toEqual([]);
  });

  it('refuses a missing or repeated route, a missing inspection, or a team not of comparable level', () => {
    expect(fields(checkHorseRaceCandidate({ inspected: false }, []))).toEqual([
      ['R13', 'technicalRoute'],
      ['R13', 'onSiteInspection'],
    ]);
    expect(
      fields(checkHorseRaceCandidate({ technicalRoute: ' sar  ADC', inspected: true }, ['SAR adc'])),
    ).toEqual([['R13', 'technicalRoute']]);
    expect(
      fields(checkHorseRaceCandidate({ technicalRoute: 'x', inspected: true, comparableLevel: false }, [])),
    ).toEqual([['R13', 'onSiteInspection.comparableLevel']]);
  });

  it('needs stage goals at contract and two teams at the gate', () => {
    expect(fields(checkStageGoals(undefined))).toEqual([['R13', 'stageGoals']]);
    expect(checkStageGoals([{ name: 'ENOB', target: '≥ 10 bits' }])).toEqual([]);
    expect(fields(checkRaceSize(1))).toEqual([['R13', 'passed']]);
    expect(checkRaceSize(2)).toEqual([]);
  });
});
