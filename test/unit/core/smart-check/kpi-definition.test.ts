import {
  definitionMissing,
  definitionShort,
} from '../../../../src/core/smart-check/kpi-definition';
import { outcome } from './fixture';

describe('kpi.definition.missing', () => {
  it('asks how the KPI is measured when the definition is blank', () => {
    expect(outcome(definitionMissing, { definition: ' ' })?.message).toBe(
      'The KPI has no definition.',
    );
    expect(definitionMissing).toMatchObject({ letter: 'S', severity: 'error' });
  });

  it('is satisfied by any definition', () => {
    expect(outcome(definitionMissing, { definition: 'Revenue' })).toBeNull();
  });
});

describe('kpi.definition.short', () => {
  it('warns when the definition is too short or too few words to measure the same way', () => {
    expect(outcome(definitionShort, { definition: 'Revenue' })?.fix).toMatch(
      /^Describe the calculation and its period/,
    );
    expect(outcome(definitionShort, { definition: 'Closed-won revenue quarterly' })).not.toBeNull();
  });

  it('accepts a definition of four words and twenty characters, and leaves blanks alone', () => {
    expect(outcome(definitionShort, { definition: 'Closed-won revenue ÷ quota, %' })).toBeNull();
    expect(outcome(definitionShort, { definition: '' })).toBeNull();
  });
});
