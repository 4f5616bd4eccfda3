import { findLibraryRole, libraryRoleToTemplate } from '../../../../src/core/library';
import {
  roleCadenceMissing,
  roleDevelopmentMissing,
  roleKpiCount,
  roleNameMissing,
  roleWeightsTotal,
} from '../../../../src/core/smart-check/role-rules';
import type { RoleRule } from '../../../../src/core/smart-check/rule';
import { DEFAULT_CATEGORIES, type RoleTemplate } from '../../../../src/core/types';

function template(change: Partial<RoleTemplate> = {}): RoleTemplate {
  const role = findLibraryRole('sales/account-executive');
  if (!role) throw new Error('The library lost the Account Executive.');
  return { ...libraryRoleToTemplate(role, { owner: 'lead@example.com' }), ...change };
}

function outcome(rule: RoleRule, change: Partial<RoleTemplate> = {}) {
  const role = template(change);
  return rule.check(role, role.kpis, { categories: DEFAULT_CATEGORIES });
}

describe('role.name.missing', () => {
  it('asks for the role name', () => {
    expect(outcome(roleNameMissing, { role: ' ' })?.message).toBe('The role has no name.');
    expect(outcome(roleNameMissing)).toBeNull();
  });
});

describe('role.cadence.missing', () => {
  it("asks for the role's review cadence", () => {
    expect(outcome(roleCadenceMissing, { reviewCadence: '' as never })?.message).toBe(
      "The role's review cadence is not set.",
    );
    expect(outcome(roleCadenceMissing)).toBeNull();
  });
});

describe('role.kpis.count', () => {
  it('asks for at least 3 KPIs and at most 12', () => {
    const kpis = template().kpis;
    expect(outcome(roleKpiCount, { kpis: kpis.slice(0, 1) })).toEqual({
      message: 'The role has 1 KPI.',
      fix: 'Add KPIs until the role has at least 3.',
    });
    expect(outcome(roleKpiCount, { kpis: [...kpis, ...kpis] })?.fix).toBe(
      'Keep the 12 that matter most; too many KPIs dilute focus.',
    );
    expect(outcome(roleKpiCount)).toBeNull();
  });
});

describe('role.weights.total', () => {
  it('says how many points of weight to add or remove', () => {
    const kpis = template().kpis;
    const lighter = [{ ...kpis[0]!, weight: 25 }, ...kpis.slice(1)];
    expect(outcome(roleWeightsTotal, { kpis: lighter })).toEqual({
      message: 'The weights add up to 95%, not 100%.',
      fix: 'Add 5 points of weight, or use Normalise.',
    });
    const heavier = [{ ...kpis[0]!, weight: 30.5 }, ...kpis.slice(1)];
    expect(outcome(roleWeightsTotal, { kpis: heavier })?.fix).toBe(
      'Remove 0.5 points of weight, or use Normalise.',
    );
  });

  it('leaves a role without KPIs to the count rule', () => {
    expect(outcome(roleWeightsTotal, { kpis: [] })).toBeNull();
    expect(outcome(roleWeightsTotal)).toBeNull();
  });
});

describe('role.development.missing', () => {
  it('asks for a learning or skill KPI', () => {
    const kpis = template().kpis.map((kpi) => ({ ...kpi, category: 'Results' }));
    expect(outcome(roleDevelopmentMissing, { kpis })?.message).toBe(
      'The role has no Development KPI.',
    );
    expect(outcome(roleDevelopmentMissing)).toBeNull();
  });
});
