import { findLibraryRole } from '../../../src/core/library';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { assessDraft, formatPercent, shownFindings } from '../../../src/client/assessment';
import {
  applyLibraryRole,
  blankDraft,
  blankKpi,
  patchKpi,
  touchFields,
  type Draft,
} from '../../../src/client/draft';
import type { SidebarContext } from '../../../src/client/server-api';

const categories = [...DEFAULT_SETTINGS.categories];
const context: SidebarContext = {
  objectives: [{ id: 'OBJ-001', objective: 'Grow revenue', owner: '', due: '', notes: '' }],
  categories,
  roles: [],
  settings: { ...DEFAULT_SETTINGS, categories },
  userEmail: 'hr.lead@example.com',
  sheetsReady: true,
};

function readyDraft(): Draft {
  const role = findLibraryRole('sales/account-executive');
  if (!role) throw new Error('The library has no Account Executive.');
  const draft = applyLibraryRole(blankDraft(context), role);
  return {
    ...draft,
    objectives: draft.objectives.map((objective) => ({ ...objective, chosen: true })),
    kpis: draft.kpis.map((kpi) => ({ ...kpi, objectiveId: 'OBJ-001' })),
  };
}

describe('assessDraft', () => {
  test('lets a linked, owned library role be created', () => {
    const assessment = assessDraft(readyDraft(), categories);
    expect(assessment.blockers).toEqual([]);
    expect(assessment.weightTotal).toBe(100);
    expect(assessment.weightsReady).toBe(true);
  });

  test('blocks creation while the weights miss 100 and says by how much', () => {
    const draft = readyDraft();
    const skewed = {
      ...draft,
      kpis: draft.kpis.map((kpi, i) => (i === 0 ? { ...kpi, weight: '0' } : kpi)),
    };
    const assessment = assessDraft(skewed, categories);
    expect(assessment.weightsReady).toBe(false);
    expect(assessment.blockers[0]).toMatch(/not 100%/);
  });

  test('reports a role without an owner once, not once per KPI', () => {
    const draft = { ...readyDraft(), owner: '' };
    const assessment = assessDraft(draft, categories);
    const ownerFindings = assessment.findings.filter((f) => f.rule === 'kpi.owner.email');
    expect(ownerFindings).toHaveLength(1);
    expect(ownerFindings[0]?.kpiIndex).toBeNull();
    expect(ownerFindings[0]?.message).toBe(`${draft.kpis.length} KPIs have no owner yet.`);
    expect(assessment.roleFindings).toContain(ownerFindings[0]);
    expect([...assessment.byKpi.values()].flat()).toHaveLength(0);
    expect(assessment.errorCount).toBe(1);
  });

  test('still flags a KPI whose own owner is not an email address', () => {
    const draft = readyDraft();
    const first = draft.kpis[0];
    if (!first) throw new Error('no KPI');
    const withBadOwner = {
      ...draft,
      owner: '',
      kpis: draft.kpis.map((kpi) => (kpi === first ? { ...kpi, owner: 'ana' } : kpi)),
    };
    const assessment = assessDraft(withBadOwner, categories);
    expect(assessment.byKpi.get(first.key)?.map((finding) => finding.message)).toContain(
      '"ana" is not an email address.',
    );
  });

  test('files each KPI finding under the KPI it is about', () => {
    const draft = readyDraft();
    const second = draft.kpis[1];
    if (!second) throw new Error('no KPI');
    const broken = {
      ...draft,
      kpis: draft.kpis.map((kpi) => (kpi === second ? { ...kpi, unit: '' } : kpi)),
    };
    const assessment = assessDraft(broken, categories);
    expect(assessment.byKpi.get(second.key)?.map((finding) => finding.rule)).toContain(
      'kpi.unit.missing',
    );
    expect(assessment.blockers.some((blocker) => blocker.includes('SMART'))).toBe(true);
  });
});

describe('shownFindings', () => {
  function blankCustomKpi() {
    const draft = readyDraft();
    const kpi = blankKpi(draft, categories);
    const findings = assessDraft({ ...draft, kpis: [...draft.kpis, kpi] }, categories).byKpi.get(
      kpi.key,
    );
    return { kpi, findings: findings ?? [] };
  }

  test('shows nothing yet for a custom KPI just added, though the check has findings', () => {
    const { kpi, findings } = blankCustomKpi();
    expect(findings.length).toBeGreaterThanOrEqual(5);
    expect(shownFindings(kpi, findings)).toEqual({ shown: [], hidden: findings.length });
  });

  test('shows the findings of each field once it is touched', () => {
    const { kpi, findings } = blankCustomKpi();
    const named = shownFindings(touchFields(kpi, ['name', 'unit']), findings);
    expect(named.shown.map((finding) => finding.rule)).toEqual([
      'kpi.name.missing',
      'kpi.unit.missing',
    ]);
    expect(named.hidden).toBe(findings.length - 2);
    const target = shownFindings(patchKpi(kpi, { target: 'ten' }), findings);
    expect(target.shown.map((finding) => finding.rule)).toContain('kpi.target.numeric');
  });

  test('shows every finding of a KPI that came filled in', () => {
    const draft = readyDraft();
    const kpi = { ...draft.kpis[0]!, unit: '' };
    const findings =
      assessDraft({ ...draft, kpis: [kpi, ...draft.kpis.slice(1)] }, categories).byKpi.get(
        kpi.key,
      ) ?? [];
    expect(shownFindings(kpi, findings)).toEqual({ shown: findings, hidden: 0 });
  });
});

describe('formatPercent', () => {
  test('shows up to two decimals without trailing zeros', () => {
    expect(formatPercent(33.3)).toBe('33.3%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0.1 + 0.2)).toBe('0.3%');
  });
});
