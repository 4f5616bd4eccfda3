import type { KpiDraft } from '../../../src/client/draft';
import { healthFinding, healthRevision, kpiHealthAdvice } from '../../../src/client/kpi-health';

/** A KPI of the register as the wizard holds it: numbers as typed text. */
function kpi(overrides: Partial<KpiDraft> = {}): KpiDraft {
  return {
    key: 'kpi-1',
    origin: 'register',
    included: true,
    id: 'KPI-0003',
    name: 'Tickets solved',
    definition: 'Tickets closed in the period.',
    unit: 'count',
    direction: 'higher',
    threshold: '80',
    target: '100',
    stretch: '130',
    weight: '25',
    frequency: 'Monthly',
    aggregation: 'Sum',
    dataSource: 'Helpdesk',
    category: 'Results',
    objectiveId: '',
    owner: '',
    reviewCadence: 'Quarterly',
    ...overrides,
  };
}

const health = {
  'KPI-0003': { verdict: 'Too easy', suggestedTarget: 120 },
  'KPI-0004': { verdict: 'Too hard', suggestedTarget: 0.88 },
};

describe('kpiHealthAdvice', () => {
  it('finds a register KPI’s verdict and suggestion by its ID, in any case', () => {
    expect(kpiHealthAdvice(kpi({ id: 'kpi-0003' }), health)).toEqual({
      verdict: 'Too easy',
      suggested: '120',
      suggestedTarget: 120,
      beyondStretch: false,
      applied: false,
    });
  });

  it('has nothing for a KPI not yet in the register, or before the first refresh', () => {
    expect(kpiHealthAdvice(kpi({ id: undefined }), health)).toBeNull();
    expect(kpiHealthAdvice(kpi(), undefined)).toBeNull();
    expect(kpiHealthAdvice(kpi({ id: 'KPI-0099' }), health)).toBeNull();
  });

  it('shows a percent KPI’s suggestion as a percent', () => {
    const advice = kpiHealthAdvice(
      kpi({ id: 'KPI-0004', unit: '%', threshold: '70%', target: '95%', stretch: '99%' }),
      health,
    );
    expect(advice?.suggested).toBe('88%');
  });

  it('calls a suggestion above the stretch beyond it, and below it when lower is better', () => {
    expect(kpiHealthAdvice(kpi({ stretch: '110' }), health)?.beyondStretch).toBe(true);
    expect(kpiHealthAdvice(kpi({ stretch: '' }), health)?.beyondStretch).toBe(false);
    const lower = kpi({ direction: 'lower', threshold: '200', target: '150', stretch: '125' });
    expect(kpiHealthAdvice(lower, health)?.beyondStretch).toBe(true);
    expect(kpiHealthAdvice({ ...lower, stretch: '110' }, health)?.beyondStretch).toBe(false);
  });

  it('knows when the target is the suggestion already', () => {
    expect(kpiHealthAdvice(kpi({ target: '120' }), health)?.applied).toBe(true);
  });

  it('never suggests a target for a range KPI', () => {
    const band = kpi({ direction: 'range', threshold: '60', target: '75', stretch: '85' });
    expect(kpiHealthAdvice(band, health)).toMatchObject({ suggested: '', suggestedTarget: null });
  });
});

describe('healthFinding', () => {
  it('is a SMART warning saying the suggestion is beyond the stretch, and how to fix it', () => {
    const draft = kpi({ stretch: '110' });
    const advice = kpiHealthAdvice(draft, health);
    if (!advice) throw new Error('no advice');
    expect(healthFinding(draft, advice)).toMatchObject({
      severity: 'warning',
      letter: 'A',
      message: 'Target health suggests 120, beyond the stretch 110: most people already reach it.',
      fix: expect.stringMatching(/^Raise the stretch/),
    });
  });
});

describe('healthRevision', () => {
  it('is one Revise of the target, noted as target health’s suggestion', () => {
    expect(healthRevision('KPI-0003', 120)).toEqual({
      decisions: [
        {
          kpiId: 'KPI-0003',
          decision: 'Revise',
          note: 'Target set to the suggestion of target health (KPI Dashboard).',
          changes: { target: 120 },
        },
      ],
    });
  });
});
