import fc from 'fast-check';
import { findLibraryRole, libraryRoleToTemplate } from '../../../src/core/library';
import { resolveScoreScale } from '../../../src/core/scoring';
import {
  SMART_RULES,
  checkKpi,
  checkRole,
  describeFinding,
  hasBlockingFindings,
  type SmartRuleId,
} from '../../../src/core/smart-check';
import { DEFAULT_CATEGORIES, type KpiDefinition, type RoleTemplate } from '../../../src/core/types';

/** A SMART-clean template: the library's Account Executive with an owner and one objective. */
function goodTemplate(): RoleTemplate {
  const role = findLibraryRole('sales/account-executive');
  if (role === undefined) throw new Error('The library lost sales/account-executive.');
  return libraryRoleToTemplate(role, {
    owner: 'lead@example.com',
    objectives: [
      { id: 'OBJ-001', objective: 'Grow new revenue by 20%', owner: '', due: '', notes: '' },
    ],
  });
}

function firstKpi(template: RoleTemplate): KpiDefinition {
  const kpi = template.kpis[0];
  if (kpi === undefined) throw new Error('The template has no KPIs.');
  return kpi;
}

/** The template with its first KPI changed. */
function withFirstKpi(change: Partial<KpiDefinition>): RoleTemplate {
  const template = goodTemplate();
  template.kpis[0] = { ...firstKpi(template), ...change };
  return template;
}

/** The first KPI (Quota attainment) is a percent KPI: its numbers are fractions, 70% is 0.7. */
const higherScale = { direction: 'higher', threshold: 0.7, target: 1, stretch: 1.3 } as const;

/** For every rule, a template that breaks exactly that rule, and the KPI the finding is about. */
const BREAKING: Record<SmartRuleId, { template: () => RoleTemplate; kpiIndex: number | null }> = {
  'role.name.missing': { template: () => ({ ...goodTemplate(), role: '  ' }), kpiIndex: null },
  'role.kpis.count': {
    template: () => ({ ...goodTemplate(), kpis: goodTemplate().kpis.slice(0, 2) }),
    kpiIndex: null,
  },
  'role.weights.total': { template: () => withFirstKpi({ weight: 29.99 }), kpiIndex: null },
  'role.development.missing': {
    template: () => {
      const template = goodTemplate();
      template.kpis = template.kpis.map((kpi) =>
        kpi.category === 'Development' ? { ...kpi, category: 'Quality' } : kpi,
      );
      return template;
    },
    kpiIndex: null,
  },
  'role.cadence.missing': {
    template: () => ({ ...goodTemplate(), reviewCadence: '' as never }),
    kpiIndex: null,
  },
  'kpi.name.missing': { template: () => withFirstKpi({ name: '' }), kpiIndex: 0 },
  'kpi.name.vague': { template: () => withFirstKpi({ name: 'Sales' }), kpiIndex: 0 },
  'kpi.definition.missing': { template: () => withFirstKpi({ definition: ' ' }), kpiIndex: 0 },
  'kpi.definition.short': { template: () => withFirstKpi({ definition: 'Revenue' }), kpiIndex: 0 },
  'kpi.category.unknown': { template: () => withFirstKpi({ category: 'Misc' }), kpiIndex: 0 },
  'kpi.duplicate': {
    template: () => {
      const template = goodTemplate();
      const second = template.kpis[1];
      if (second === undefined) throw new Error('The template has one KPI.');
      template.kpis[1] = { ...second, name: '  QUOTA   attainment ' };
      return template;
    },
    kpiIndex: 1,
  },
  'kpi.unit.missing': { template: () => withFirstKpi({ unit: '' }), kpiIndex: 0 },
  'kpi.direction.missing': {
    template: () => withFirstKpi({ direction: '' as never }),
    kpiIndex: 0,
  },
  'kpi.target.numeric': { template: () => withFirstKpi({ target: Number.NaN }), kpiIndex: 0 },
  'kpi.threshold.numeric': {
    template: () => withFirstKpi({ threshold: 'seventy' as never }),
    kpiIndex: 0,
  },
  'kpi.stretch.numeric': {
    template: () => withFirstKpi({ stretch: Number.POSITIVE_INFINITY }),
    kpiIndex: 0,
  },
  'kpi.data-source.missing': { template: () => withFirstKpi({ dataSource: '' }), kpiIndex: 0 },
  'kpi.weight.invalid': { template: () => withFirstKpi({ weight: -30 }), kpiIndex: 0 },
  'kpi.threshold.required': {
    template: () => withFirstKpi({ direction: 'lower', target: 0, threshold: null, stretch: null }),
    kpiIndex: 0,
  },
  'kpi.threshold.side': { template: () => withFirstKpi({ threshold: 1.1 }), kpiIndex: 0 },
  'kpi.stretch.side': { template: () => withFirstKpi({ stretch: 0.9 }), kpiIndex: 0 },
  'kpi.percent.whole': {
    template: () => withFirstKpi({ threshold: 70, target: 100, stretch: 130 }),
    kpiIndex: 0,
  },
  'kpi.scale.unscorable': {
    template: () => withFirstKpi({ threshold: -1e308, target: 1e308, stretch: null }),
    kpiIndex: 0,
  },
  'kpi.owner.email': { template: () => withFirstKpi({ owner: 'ana at example' }), kpiIndex: 0 },
  'kpi.objective.missing': { template: () => withFirstKpi({ objectiveId: '' }), kpiIndex: 0 },
  'kpi.objective.unknown': {
    template: () => withFirstKpi({ objectiveId: 'OBJ-999' }),
    kpiIndex: 0,
  },
  'kpi.weight.zero': { template: () => withFirstKpi({ weight: 0 }), kpiIndex: 0 },
  'kpi.frequency.missing': {
    template: () => withFirstKpi({ frequency: '' as never }),
    kpiIndex: 0,
  },
  'kpi.cadence.missing': {
    template: () => withFirstKpi({ reviewCadence: 'Weekly' as never }),
    kpiIndex: 0,
  },
  'kpi.frequency.slower-than-review': {
    template: () => withFirstKpi({ frequency: 'Annual' }),
    kpiIndex: 0,
  },
};

const SCALE_RULES = new Set<string>([
  'kpi.target.numeric',
  'kpi.threshold.numeric',
  'kpi.stretch.numeric',
  'kpi.threshold.required',
  'kpi.threshold.side',
  'kpi.stretch.side',
  'kpi.scale.unscorable',
]);

describe('checkRole', () => {
  it('finds nothing wrong with a complete library role', () => {
    expect(checkRole(goodTemplate())).toEqual([]);
  });

  it.each(Object.keys(SMART_RULES) as SmartRuleId[])(
    'reports %s on a role that breaks it',
    (rule) => {
      const { template, kpiIndex } = BREAKING[rule];
      const finding = checkRole(template()).find((candidate) => candidate.rule === rule);
      expect(finding).toMatchObject({
        rule,
        kpiIndex,
        severity: SMART_RULES[rule].severity,
        letter: SMART_RULES[rule].letter,
      });
      expect(finding?.message.length).toBeGreaterThan(10);
      expect(finding?.fix.length).toBeGreaterThan(10);
    },
  );

  it('reports a range KPI without a threshold', () => {
    const template = withFirstKpi({
      direction: 'range',
      target: 0.9,
      stretch: 1.1,
      threshold: null,
    });
    expect(checkRole(template).map((finding) => finding.rule)).toEqual(['kpi.threshold.required']);
  });

  it('reports a range threshold inside the ideal band', () => {
    const template = withFirstKpi({ direction: 'range', target: 0.9, stretch: 1.1, threshold: 1 });
    expect(checkRole(template).map((finding) => finding.rule)).toEqual(['kpi.threshold.side']);
  });

  it('accepts a lower-is-better KPI whose default threshold works', () => {
    const template = withFirstKpi({ direction: 'lower', target: 10, threshold: null, stretch: 5 });
    expect(checkRole(template)).toEqual([]);
  });

  it('reports too many KPIs as well as too few', () => {
    const template = goodTemplate();
    const extra = Array.from({ length: 5 }, (_, index) => ({
      ...firstKpi(template),
      name: `Extra measure ${index + 1}`,
      weight: 0,
    }));
    template.kpis = [...template.kpis, ...extra];
    const rules = checkRole(template).map((finding) => finding.rule);
    expect(rules).toContain('role.kpis.count');
  });

  it('computes weight totals exactly, so two-decimal weights summing to 100 pass', () => {
    const template = goodTemplate();
    template.kpis = template.kpis.slice(0, 3).map((kpi, index) => ({
      ...kpi,
      weight: [33.33, 33.33, 33.34][index] ?? 0,
      category: index === 2 ? 'Development' : kpi.category,
    }));
    expect(checkRole(template)).toEqual([]);
  });

  it('says how many points of weight to add or remove', () => {
    const short = checkRole(withFirstKpi({ weight: 25 })).find(
      (finding) => finding.rule === 'role.weights.total',
    );
    expect(short?.message).toBe('The weights add up to 95%, not 100%.');
    expect(short?.fix).toMatch(/^Add 5 points/);
  });

  it('accepts custom categories from settings', () => {
    const template = withFirstKpi({ category: 'Safety' });
    expect(checkRole(template).map((finding) => finding.rule)).toEqual(['kpi.category.unknown']);
    expect(checkRole(template, { categories: [...DEFAULT_CATEGORIES, 'Safety'] })).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ rule: 'kpi.category.unknown' })]),
    );
  });

  it('lists role findings before KPI findings, and KPIs in order', () => {
    const template = goodTemplate();
    template.role = '';
    template.kpis = template.kpis.map((kpi) => ({ ...kpi, unit: '' }));
    const indexes = checkRole(template).map((finding) => finding.kpiIndex);
    expect(indexes[0]).toBeNull();
    const kpiIndexes = indexes.filter((index): index is number => index !== null);
    expect(kpiIndexes).toEqual([...kpiIndexes].sort((a, b) => a - b));
  });

  it('gives the same findings every time for the same role', () => {
    const template = withFirstKpi({ unit: '', owner: '', stretch: 10 });
    expect(checkRole(template)).toEqual(checkRole(structuredClone(template)));
  });

  it('copes with a half-filled KPI from the wizard without throwing', () => {
    const template = goodTemplate();
    template.kpis.push({} as KpiDefinition);
    const rules = checkRole(template).map((finding) => finding.rule);
    expect(rules).toEqual(expect.arrayContaining(['kpi.name.missing', 'kpi.target.numeric']));
  });
});

describe('checkKpi', () => {
  it('checks only that an objective is linked when no objective list is given', () => {
    const kpi = { ...firstKpi(goodTemplate()), objectiveId: 'OBJ-042' };
    expect(checkKpi(kpi)).toEqual([]);
    expect(checkKpi(kpi, { objectiveIds: ['OBJ-001'] }).map((finding) => finding.rule)).toEqual([
      'kpi.objective.unknown',
    ]);
  });

  it('reports findings without a KPI index when checked alone', () => {
    const findings = checkKpi({ ...firstKpi(goodTemplate()), unit: '' });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'kpi.unit.missing', kpiIndex: null }),
    ]);
  });

  it('agrees with KPISCORE on which threshold, target and stretch can be scored', () => {
    const bound = fc.option(fc.integer({ min: -200, max: 200 }), { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom('higher', 'lower', 'range' as const),
        fc.integer({ min: -200, max: 200 }),
        bound,
        bound,
        (direction, target, threshold, stretch) => {
          const kpi = { ...firstKpi(goodTemplate()), direction, target, threshold, stretch };
          const scaleFindings = checkKpi(kpi).filter((finding) => SCALE_RULES.has(finding.rule));
          let scorable = true;
          try {
            resolveScoreScale(target, { direction, threshold, stretch });
          } catch (_error) {
            scorable = false;
          }
          return scorable === (scaleFindings.length === 0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts the higher-is-better example scale', () => {
    expect(checkKpi({ ...firstKpi(goodTemplate()), ...higherScale })).toEqual([]);
  });

  it("names a percent KPI's fractions as the percents people type", () => {
    const [finding] = checkKpi({ ...firstKpi(goodTemplate()), ...higherScale, threshold: 1.1 });
    expect(finding).toMatchObject({
      rule: 'kpi.threshold.side',
      message: 'Threshold 110% is not below target 100%, but higher is better.',
      fix: 'Enter a threshold below 100%, or change the direction.',
    });
  });

  it('names the band of a percent range KPI in percents', () => {
    const kpi = { ...firstKpi(goodTemplate()), direction: 'range' as const };
    const [finding] = checkKpi({ ...kpi, threshold: 0.95, target: 0.9, stretch: 1.1 });
    expect(finding?.message).toBe('Threshold 95% lies inside the ideal band 90%–110%.');
  });

  it('refuses whole percents on a percent KPI, saying the percent meant and its fraction', () => {
    const kpi = { ...firstKpi(goodTemplate()), threshold: 70, target: 100, stretch: 130 };
    const findings = checkKpi(kpi).filter((finding) => finding.rule === 'kpi.percent.whole');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          'Threshold 7000% is more than 1000%: it reads like a whole percent (70 for 70%), as earlier versions stored percents.',
        fix: 'Percent KPIs hold fractions shown as percents: enter 70% (Sheets stores 0.7).',
      }),
    ]);
  });

  it('accepts percents above 100% up to ten times, as attainment KPIs reach', () => {
    const kpi = { ...firstKpi(goodTemplate()), threshold: 0.7, target: 1, stretch: 10 };
    expect(checkKpi(kpi)).toEqual([]);
  });

  it('judges only percent KPIs by the size of their numbers', () => {
    const kpi = { ...firstKpi(goodTemplate()), unit: 'count', threshold: 70, target: 100 };
    expect(checkKpi({ ...kpi, stretch: 130 })).toEqual([]);
  });

  it("suggests a target in the KPI's own unit", () => {
    const fixFor = (unit: string) =>
      checkKpi({ ...firstKpi(goodTemplate()), unit, target: Number.NaN }).find(
        (finding) => finding.rule === 'kpi.target.numeric',
      )?.fix;
    expect(fixFor('%')).toBe('Enter the value that scores 100%, e.g. 95%.');
    expect(fixFor('days')).toBe('Enter the value that scores 100%, e.g. 20 days.');
  });
});

describe('hasBlockingFindings', () => {
  it('blocks on errors but not on warnings', () => {
    expect(hasBlockingFindings(checkRole(withFirstKpi({ frequency: 'Annual' })))).toBe(false);
    expect(hasBlockingFindings(checkRole(withFirstKpi({ unit: '' })))).toBe(true);
    expect(hasBlockingFindings([])).toBe(false);
  });
});

describe('describeFinding', () => {
  it('names the KPI by number and name', () => {
    const template = withFirstKpi({ unit: '' });
    const [finding] = checkRole(template);
    if (finding === undefined) throw new Error('Expected a finding.');
    expect(describeFinding(finding, template.kpis)).toBe(
      'KPI 1 "Quota attainment": The KPI has no unit. Enter the unit of the actual value, e.g. %, days, hours, count or score (1-5).',
    );
  });

  it('names the role for role-level findings', () => {
    const [finding] = checkRole({ ...goodTemplate(), role: '' });
    if (finding === undefined) throw new Error('Expected a finding.');
    expect(describeFinding(finding)).toMatch(/^Role: The role has no name\./);
  });
});
