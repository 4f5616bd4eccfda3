import type { ReviewContext, ReviewKpiView } from '../../../src/core/sidebar-api';
import {
  assessReview,
  healthAdvice,
  normaliseRoleWeights,
  orderedKpis,
  reviewBlockers,
  reviewDraftFrom,
  reviewRequest,
  smartBlocker,
} from '../../../src/client/views/review-decisions';

function kpi(fields: Partial<ReviewKpiView>): ReviewKpiView {
  return {
    kpiId: 'KPI-0001',
    role: 'Analyst',
    kpi: 'Report accuracy',
    definition: 'Reports published without a correction ÷ reports published, per month',
    category: 'Quality',
    unit: '%',
    direction: 'higher',
    threshold: 0.8,
    target: 0.95,
    stretch: 0.99,
    weight: 40,
    status: 'Active',
    effectiveFrom: '2026-01-01',
    lastReviewed: '',
    nextReview: '2026-04-01',
    reviewStatus: 'Due soon',
    selected: true,
    health: null,
    ...fields,
  };
}

const context: ReviewContext = {
  today: '2026-03-02',
  roles: [
    {
      role: 'Analyst',
      kpis: [
        kpi({
          kpiId: 'KPI-0002',
          kpi: 'Dashboards shipped',
          unit: 'count',
          threshold: 2,
          target: 4,
          stretch: 6,
          weight: 30,
          selected: false,
          category: 'Results',
        }),
        kpi({}),
        kpi({
          kpiId: 'KPI-0003',
          kpi: 'Learning hours',
          unit: 'hours',
          threshold: 10,
          target: 20,
          stretch: 30,
          weight: 30,
          selected: false,
          category: 'Development',
        }),
      ],
    },
  ],
};

describe('reviewDraftFrom', () => {
  it('starts selected KPIs as Keep and the others undecided, percents shown as percents', () => {
    const draft = reviewDraftFrom(context);
    expect(draft['KPI-0001']).toMatchObject({
      decision: 'Keep',
      target: '95%',
      threshold: '80%',
      weight: '40',
      effectiveFrom: '2026-03-02',
    });
    expect(draft['KPI-0002']).toMatchObject({ decision: '', target: '4' });
  });
});

describe('orderedKpis', () => {
  it('lists the selected KPIs first', () => {
    expect(orderedKpis(context.roles[0]?.kpis ?? []).map((item) => item.kpiId)).toEqual([
      'KPI-0001',
      'KPI-0002',
      'KPI-0003',
    ]);
  });
});

describe('reviewRequest', () => {
  it('sends Keep for the selected KPI and nothing for undecided ones', () => {
    expect(reviewRequest(context, reviewDraftFrom(context))).toEqual({
      decisions: [{ kpiId: 'KPI-0001', decision: 'Keep', note: '' }],
    });
  });

  it('sends a Revise with only the changed fields, percents as fractions, weights in percent', () => {
    const draft = reviewDraftFrom(context);
    draft['KPI-0001'] = {
      ...draft['KPI-0001']!,
      decision: 'Revise',
      target: '97%',
      weight: '45',
      note: ' Raised ',
      effectiveFrom: '2026-04-01',
    };
    draft['KPI-0002'] = { ...draft['KPI-0002']!, decision: 'Revise', weight: '25' };
    expect(reviewRequest(context, draft).decisions).toEqual([
      {
        kpiId: 'KPI-0001',
        decision: 'Revise',
        note: 'Raised',
        changes: { target: 0.97, weight: 45 },
        effectiveFrom: '2026-04-01',
      },
      {
        kpiId: 'KPI-0002',
        decision: 'Revise',
        note: '',
        changes: { weight: 25 },
        effectiveFrom: '2026-03-02',
      },
    ]);
  });

  it('sends a cleared threshold as null', () => {
    const draft = reviewDraftFrom(context);
    draft['KPI-0001'] = { ...draft['KPI-0001']!, decision: 'Revise', threshold: '' };
    expect(reviewRequest(context, draft).decisions[0]?.changes).toEqual({ threshold: null });
  });
});

describe('assessReview', () => {
  it('takes a retired KPI’s weight out of the total, so the rest can be rebalanced in the same batch', () => {
    const draft = reviewDraftFrom(context);
    expect(assessReview(context, draft)[0]).toMatchObject({
      weightTotal: 100,
      weightsReady: true,
      roleFindings: [],
    });
    draft['KPI-0002'] = { ...draft['KPI-0002']!, decision: 'Retire' };
    const after = assessReview(context, draft)[0];
    expect(after).toMatchObject({ weightTotal: 70, weightsReady: false, activeCount: 2 });
    expect(after?.roleFindings.map((finding) => finding.rule)).toEqual([
      'role.kpis.count',
      'role.weights.total',
    ]);
    const balanced = normaliseRoleWeights(context.roles[0]?.kpis ?? [], draft);
    expect(assessReview(context, balanced)[0]).toMatchObject({
      weightTotal: 100,
      weightsReady: true,
    });
    expect(balanced['KPI-0001']).toMatchObject({ decision: 'Revise', weight: '57' });
    expect(balanced['KPI-0003']).toMatchObject({ decision: 'Revise', weight: '43' });
  });

  it('shows a SMART finding on a revised target that leaves the stretch below it', () => {
    const draft = reviewDraftFrom(context);
    draft['KPI-0001'] = { ...draft['KPI-0001']!, decision: 'Revise', target: '99.5%' };
    const findings = assessReview(context, draft)[0]?.byKpi['KPI-0001'] ?? [];
    expect(findings.map((finding) => finding.rule)).toContain('kpi.stretch.side');
  });

  it('flags retiring the role’s only Development KPI', () => {
    const draft = reviewDraftFrom(context);
    draft['KPI-0003'] = { ...draft['KPI-0003']!, decision: 'Retire' };
    expect(assessReview(context, draft)[0]?.roleFindings.map((finding) => finding.rule)).toContain(
      'role.development.missing',
    );
  });

  it('leaves out findings about fields a review does not change, such as the owner', () => {
    const findings = assessReview(context, reviewDraftFrom(context))[0];
    expect(Object.values(findings?.byKpi ?? {}).flat()).toEqual([]);
  });
});

describe('reviewBlockers', () => {
  it('names numbers that do not read and asks for a decision when there is none', () => {
    const draft = reviewDraftFrom(context);
    draft['KPI-0001'] = {
      ...draft['KPI-0001']!,
      decision: 'Revise',
      target: 'abc',
      effectiveFrom: '',
    };
    expect(reviewBlockers(context, draft)).toEqual([
      'Report accuracy: the target "abc" is not a number.',
      'Report accuracy: enter the day the revision takes effect (yyyy-mm-dd).',
    ]);
    draft['KPI-0001'] = { ...draft['KPI-0001']!, decision: '' };
    expect(reviewBlockers(context, draft)).toEqual([
      'Choose Keep, Revise or Retire for at least one KPI.',
    ]);
  });
});

describe('healthAdvice', () => {
  it('shows the suggested target as a percent for a percent KPI', () => {
    expect(healthAdvice(kpi({ health: { verdict: 'Too easy', suggestedTarget: 0.97 } }))).toEqual({
      verdict: 'Too easy',
      suggested: '97%',
      beyondStretch: false,
    });
  });

  it('marks a suggestion beyond stretch, in the KPI’s direction', () => {
    expect(
      healthAdvice(kpi({ health: { verdict: 'Too easy', suggestedTarget: 1.02 } }))?.beyondStretch,
    ).toBe(true);
    expect(
      healthAdvice(
        kpi({
          direction: 'lower',
          threshold: 10,
          target: 5,
          stretch: 3,
          unit: 'days',
          health: { verdict: 'Too easy', suggestedTarget: 2 },
        }),
      )?.beyondStretch,
    ).toBe(true);
    expect(healthAdvice(kpi({ health: null }))).toBeNull();
  });
});

describe('smartBlocker', () => {
  it('counts the SMART errors that stop the batch, leaving the KPI count as advice', () => {
    const draft = reviewDraftFrom(context);
    expect(smartBlocker(assessReview(context, draft))).toBe('');
    draft['KPI-0001'] = { ...draft['KPI-0001']!, decision: 'Revise', target: '99.5%' };
    expect(smartBlocker(assessReview(context, draft))).toBe(
      '1 SMART error remains — fix it above.',
    );
    const retired = reviewDraftFrom(context);
    retired['KPI-0002'] = { ...retired['KPI-0002']!, decision: 'Retire' };
    const rebalanced = normaliseRoleWeights(context.roles[0]?.kpis ?? [], retired);
    expect(
      assessReview(context, rebalanced)[0]?.roleFindings.map((finding) => finding.rule),
    ).toEqual(['role.kpis.count']);
    expect(smartBlocker(assessReview(context, rebalanced))).toBe('');
  });
});
