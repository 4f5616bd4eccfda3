import { nameMissing, nameVague } from '../../../../src/core/smart-check/kpi-name';
import { outcome } from './fixture';

describe('kpi.name.missing', () => {
  it('asks for a name when there is none', () => {
    expect(outcome(nameMissing, { name: '  ' })).toEqual({
      message: 'The KPI has no name.',
      fix: 'Name it after what it measures, e.g. "Win rate".',
    });
    expect(nameMissing).toMatchObject({ letter: 'S', severity: 'error', fields: ['name'] });
  });

  it('is satisfied by any name', () => {
    expect(outcome(nameMissing, { name: 'KPI' })).toBeNull();
  });
});

describe('kpi.name.vague', () => {
  it('warns about placeholder and very short names', () => {
    expect(outcome(nameVague, { name: ' Sales ' })?.message).toBe(
      '"Sales" does not say what is measured.',
    );
    expect(outcome(nameVague, { name: 'NPS' })).not.toBeNull();
    expect(nameVague.severity).toBe('warning');
  });

  it('leaves specific names, and missing ones, to other rules', () => {
    expect(outcome(nameVague, { name: 'Win rate' })).toBeNull();
    expect(outcome(nameVague, { name: '' })).toBeNull();
  });
});
