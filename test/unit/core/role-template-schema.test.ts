import {
  DEFAULT_PERIODS,
  parseRoleTemplate,
  parseSaveRoleRequest,
} from '../../../src/core/role-template-schema';
import type { KpiDefinition, RoleTemplate } from '../../../src/core/types';

function aKpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    name: 'Quota attainment',
    definition: 'Closed-won revenue ÷ quota for the quarter, %',
    unit: '%',
    direction: 'higher',
    threshold: 0.7,
    target: 1,
    stretch: 1.3,
    weight: 100,
    frequency: 'Monthly',
    aggregation: 'Sum',
    dataSource: 'CRM (closed-won opportunities)',
    category: 'Results',
    objectiveId: 'OBJ-001',
    owner: 'ana@example.com',
    reviewCadence: 'Quarterly',
    ...overrides,
  };
}

function aTemplate(overrides: Partial<RoleTemplate> = {}): RoleTemplate {
  return {
    role: 'Account Executive',
    family: 'Sales',
    libraryRoleId: 'sales/account-executive',
    jobSummary: 'Closes new business.',
    objectives: [{ id: 'OBJ-001', objective: 'Grow revenue', owner: '', due: '', notes: '' }],
    kpis: [aKpi()],
    reviewCadence: 'Quarterly',
    owner: 'ana@example.com',
    reminders: true,
    periods: ['Q1', 'Q2', 'Q3', 'Q4'],
    ...overrides,
  };
}

/** Round-trips through JSON, as `google.script.run` and file import do. */
function overTheWire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function errorsOf(result: { ok: true } | { ok: false; errors: string[] }): string[] {
  return result.ok ? [] : result.errors;
}

describe('parseRoleTemplate', () => {
  it('accepts a complete template and returns an equal value', () => {
    const result = parseRoleTemplate(overTheWire(aTemplate()));
    expect(result).toEqual({ ok: true, value: aTemplate() });
  });

  it('names the path and the fix when a target is not a number', () => {
    const template = aTemplate({ kpis: [aKpi(), aKpi(), { ...aKpi(), target: 'ten' as never }] });
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'kpis[2].target: enter a number (the value that scores 100%)',
    ]);
  });

  it('rejects NaN and infinite numbers', () => {
    const template = aTemplate({
      kpis: [aKpi({ target: Number.NaN, stretch: Number.POSITIVE_INFINITY })],
    });
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'kpis[0].target: enter a number (the value that scores 100%)',
      'kpis[0].stretch: enter a number (the value that scores the cap) or leave it blank',
    ]);
  });

  it('says which required fields are missing and what to enter', () => {
    const { role: _role, ...withoutRole } = aTemplate();
    const errors = errorsOf(parseRoleTemplate(withoutRole));
    expect(errors).toEqual(['role: is missing — enter the role name, e.g. "Account Executive"']);
  });

  it('reports every missing field of a KPI by its path', () => {
    const errors = errorsOf(parseRoleTemplate(aTemplate({ kpis: [{} as KpiDefinition] })));
    expect(errors).toContain(
      'kpis[0].name: is missing — enter the KPI name, e.g. "Quota attainment"',
    );
    expect(errors).toContain('kpis[0].direction: is missing — choose higher, lower or range');
    expect(errors).toContain(
      'kpis[0].weight: is missing — enter a number from 0 to 100 (the share of the role score, in %)',
    );
  });

  it('rejects wrong types with the field path', () => {
    const template = {
      ...aTemplate(),
      reminders: 'yes',
      kpis: 'all of them',
      objectives: [{ objective: 42 }],
    };
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'objectives[0].objective: describe the objective',
      'kpis: give a list of KPIs',
      'reminders: enter true or false',
    ]);
  });

  it('rejects a value outside a fixed list', () => {
    const template = aTemplate({ kpis: [aKpi({ direction: 'up' as never, weight: 120 })] });
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'kpis[0].direction: choose higher, lower or range',
      'kpis[0].weight: enter a number from 0 to 100 (the share of the role score, in %)',
    ]);
  });

  it('rejects text that is blank or too long', () => {
    const template = aTemplate({ role: '   ', jobSummary: 'x'.repeat(5000) });
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'role: enter the role name, e.g. "Account Executive"',
      'jobSummary: shorten it to at most 2000 characters',
    ]);
  });

  it('refuses a flood of KPIs', () => {
    const template = aTemplate({ kpis: Array.from({ length: 51 }, () => aKpi()) });
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'kpis: keep at most 50 KPIs (a role needs 3 to 12)',
    ]);
  });

  it('caps the list of messages for a payload that is wrong everywhere', () => {
    const template = aTemplate({ kpis: Array.from({ length: 10 }, () => ({}) as KpiDefinition) });
    const errors = errorsOf(parseRoleTemplate(template));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toMatch(/^…and \d+ more problems$/);
  });

  it('rejects a due date that is not yyyy-mm-dd', () => {
    const template = aTemplate({
      objectives: [{ objective: 'Grow revenue', owner: '', due: '31/12/2026', notes: '' }],
    });
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'objectives[0].due: enter a date as yyyy-mm-dd, or leave it blank',
    ]);
  });

  it('names the template itself when it is not an object', () => {
    expect(errorsOf(parseRoleTemplate('Account Executive'))).toEqual([
      'template: send the role template as an object',
    ]);
  });

  it('trims text and reads blank threshold and stretch as the default', () => {
    const template = aTemplate({
      role: '  Account Executive  ',
      kpis: [aKpi({ threshold: '' as never, stretch: '' as never })],
    });
    const result = parseRoleTemplate(template);
    expect(result.ok && result.value.role).toBe('Account Executive');
    expect(result.ok && [result.value.kpis[0]?.threshold, result.value.kpis[0]?.stretch]).toEqual([
      null,
      null,
    ]);
  });

  it('fills the fields that have obvious defaults', () => {
    const {
      family: _family,
      libraryRoleId: _libraryRoleId,
      reminders: _reminders,
      periods: _periods,
      ...minimal
    } = aTemplate();
    const { objectiveId: _objectiveId, owner: _owner, threshold: _t, stretch: _s, ...kpi } = aKpi();
    const result = parseRoleTemplate({ ...minimal, kpis: [kpi] });
    expect(result.ok && result.value).toMatchObject({
      family: '',
      libraryRoleId: '',
      reminders: false,
      periods: [...DEFAULT_PERIODS],
      kpis: [{ objectiveId: '', owner: '', threshold: null, stretch: null }],
    });
  });

  it('reads a KPI without an aggregation, as earlier versions sent it, as Last', () => {
    const { aggregation: _aggregation, ...kpi } = aKpi();
    const result = parseRoleTemplate(aTemplate({ kpis: [kpi as KpiDefinition] }));
    expect(result.ok && result.value.kpis[0]?.aggregation).toBe('Last');
  });

  it('rejects an aggregation that is not Sum, Average or Last', () => {
    const template = aTemplate({ kpis: [aKpi({ aggregation: 'Total' as never })] });
    expect(errorsOf(parseRoleTemplate(template))).toEqual([
      'kpis[0].aggregation: choose Sum, Average or Last (how a value to date builds up), or leave it out',
    ]);
  });

  it('strips unknown fields instead of keeping them', () => {
    const template = { ...aTemplate(), colour: 'red', kpis: [{ ...aKpi(), secret: 1 }] };
    const result = parseRoleTemplate(template);
    expect(result.ok).toBe(true);
    expect(result.ok && 'colour' in result.value).toBe(false);
    expect(result.ok && 'secret' in (result.value.kpis[0] ?? {})).toBe(false);
  });

  it('ignores prototype-pollution keys', () => {
    const payload = JSON.parse(
      JSON.stringify(aTemplate()).replace(
        '{',
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
      ),
    );
    const result = parseRoleTemplate(payload);
    expect(result.ok).toBe(true);
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.keys(result.value)).not.toContain('__proto__');
  });
});

describe('parseSaveRoleRequest', () => {
  it('accepts a create or update request', () => {
    expect(parseSaveRoleRequest({ template: aTemplate(), mode: 'create' }).ok).toBe(true);
    expect(parseSaveRoleRequest({ template: aTemplate(), mode: 'update' }).ok).toBe(true);
  });

  it('prefixes template paths with "template"', () => {
    const request = { template: aTemplate({ kpis: [aKpi({ unit: '' })] }), mode: 'create' };
    expect(errorsOf(parseSaveRoleRequest(request))).toEqual([
      'template.kpis[0].unit: enter the unit of the actual value, e.g. %, days or count',
    ]);
  });

  it('rejects a missing template and an unknown mode', () => {
    expect(errorsOf(parseSaveRoleRequest({ mode: 'replace' }))).toEqual([
      'template: is missing — include the role template',
      'mode: say "create" for a new role or "update" to change an existing one',
    ]);
  });

  it('rejects something that is not a request at all', () => {
    expect(errorsOf(parseSaveRoleRequest(null))).toEqual([
      'request: send an object with "template" and "mode"',
    ]);
  });
});
