import {
  ROLE_TEMPLATE_FILE_FORMAT,
  ROLE_TEMPLATE_FILE_VERSION,
  toRoleTemplateFile,
} from '../../../src/core/role-file-format';
import { parseRoleTemplateFile } from '../../../src/core/role-template-file';
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
    weight: 60,
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

const DEAL_SIZE = aKpi({
  name: 'Average deal size',
  unit: 'USD',
  threshold: 12000,
  target: 20000,
  stretch: 30000,
  weight: 40,
  aggregation: 'Average',
});

function aTemplate(kpis: KpiDefinition[] = [aKpi(), DEAL_SIZE]): RoleTemplate {
  return {
    role: 'Account Executive',
    family: 'Sales',
    libraryRoleId: 'sales/account-executive',
    jobSummary: 'Closes new business.',
    objectives: [{ id: 'OBJ-001', objective: 'Grow revenue', owner: '', due: '', notes: '' }],
    kpis,
    reviewCadence: 'Quarterly',
    owner: 'ana@example.com',
    reminders: true,
    periods: ['Q1', 'Q2', 'Q3', 'Q4'],
  };
}

/** A file as an earlier version exported it: version 1, whole percents, no aggregation. */
function versionOneFile(): unknown {
  const kpis = aTemplate().kpis.map(({ aggregation: _aggregation, ...kpi }) =>
    kpi.unit === '%' ? { ...kpi, threshold: 70, target: 100, stretch: 130 } : kpi,
  );
  return { format: ROLE_TEMPLATE_FILE_FORMAT, version: 1, template: { ...aTemplate(), kpis } };
}

function errorsOf(result: { ok: true } | { ok: false; errors: string[] }): string[] {
  return result.ok ? [] : result.errors;
}

describe('parseRoleTemplateFile', () => {
  it('round-trips a template through its exported JSON text', () => {
    const text = JSON.stringify(toRoleTemplateFile(aTemplate()), null, 2);
    const result = parseRoleTemplateFile(text);
    expect(result).toEqual({
      ok: true,
      value: { template: aTemplate(), version: 2, convertedPercentKpis: [] },
    });
  });

  it('writes the current format and version, which keeps percents as fractions', () => {
    const file = toRoleTemplateFile(aTemplate());
    expect(file).toMatchObject({ format: ROLE_TEMPLATE_FILE_FORMAT, version: 2 });
    expect(ROLE_TEMPLATE_FILE_VERSION).toBe(2);
    expect(file.template.kpis[0]?.target).toBe(1);
  });

  it("reads an earlier version's whole percents as fractions and names the KPIs it converted", () => {
    const result = parseRoleTemplateFile(JSON.stringify(versionOneFile()));
    expect(result.ok && result.value.version).toBe(1);
    expect(result.ok && result.value.convertedPercentKpis).toEqual(['Quota attainment']);
    expect(result.ok && result.value.template.kpis).toEqual([
      // Files of that version had no aggregation: it reads as Last, like a blank register cell.
      aKpi({ aggregation: 'Last' }),
      { ...DEAL_SIZE, aggregation: 'Last' },
    ]);
  });

  it('converts percents with their decimals exactly', () => {
    const file = versionOneFile() as { template: RoleTemplate };
    file.template.kpis[0] = aKpi({ threshold: 99.5, target: 99.9, stretch: 99.95 });
    const result = parseRoleTemplateFile(file);
    const kpi = result.ok ? result.value.template.kpis[0] : undefined;
    expect([kpi?.threshold, kpi?.target, kpi?.stretch]).toEqual([0.995, 0.999, 0.9995]);
  });

  it('explains a file that is not JSON', () => {
    expect(errorsOf(parseRoleTemplateFile('{"format":'))).toEqual([
      'file: this is not valid JSON — choose a file exported by KPI Framework Builder',
    ]);
  });

  it('rejects another format or version', () => {
    const file = { ...toRoleTemplateFile(aTemplate()), format: 'something-else', version: 3 };
    expect(errorsOf(parseRoleTemplateFile(file))).toEqual([
      'format: set it to "kpi-framework-builder/role-template" (export the role again if unsure)',
      'version: set it to 2 (export the role again if unsure)',
    ]);
  });

  it('names a missing version with its fix', () => {
    const { version: _version, ...file } = toRoleTemplateFile(aTemplate());
    expect(errorsOf(parseRoleTemplateFile(file))).toEqual([
      'version: is missing — set it to 2 (export the role again if unsure)',
    ]);
  });
});
