import { findLibraryRole, libraryRoleToTemplate } from '../../../src/core/library';
import { MAX_ROLE_FILE_BYTES, roleFileName, roleFileText } from '../../../src/client/role-file';
import { readableFileProblem, readRoleFile } from '../../../src/core/role-file-import';

function template() {
  const role = findLibraryRole('sales/account-executive');
  if (!role) throw new Error('The library has no Account Executive.');
  const made = libraryRoleToTemplate(role, {
    owner: 'hr.lead@example.com',
    objectives: [{ id: 'OBJ-001', objective: 'Grow revenue', owner: '', due: '', notes: '' }],
  });
  return { ...made, kpis: made.kpis.map((kpi, index) => ({ ...kpi, id: `KPI-00${index}` })) };
}

describe('role files', () => {
  test('read back the exported role without its register IDs', () => {
    const original = template();
    const result = readRoleFile(roleFileText(original));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.template.role).toBe(original.role);
    expect(result.template.kpis.map((kpi) => kpi.name)).toEqual(
      original.kpis.map((kpi) => kpi.name),
    );
    expect(result.template.kpis.some((kpi) => kpi.id)).toBe(false);
  });

  test("read an earlier version's file with whole percents as percents, and say so", () => {
    const original = template();
    const file = JSON.parse(roleFileText(original)) as {
      version: number;
      template: { kpis: Array<Record<string, unknown>> };
    };
    file.version = 1;
    for (const kpi of file.template.kpis) {
      delete kpi.aggregation;
      if (kpi.unit !== '%') continue;
      for (const field of ['threshold', 'target', 'stretch'])
        if (typeof kpi[field] === 'number') kpi[field] = Math.round((kpi[field] as number) * 100);
    }
    const result = readRoleFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const quota = result.template.kpis.find((kpi) => kpi.name === 'Quota attainment');
    expect([quota?.threshold, quota?.target, quota?.stretch]).toEqual([0.7, 1, 1.3]);
    expect(result.notice).toMatch(
      /^The file comes from an earlier version, which kept percents as whole numbers \(95 for 95%\)\. Its \d+ percent KPIs \(Quota attainment, Win rate, .*\) were read as percents/,
    );
  });

  test('say nothing more about a file of this version', () => {
    const result = readRoleFile(roleFileText(template()));
    expect(result.ok && result.notice).toBe('');
  });

  test('say readably why a file is not a role file', () => {
    const notJson = readRoleFile('hello');
    expect(notJson).toEqual({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    const wrongFormat = readRoleFile(JSON.stringify({ format: 'other', version: 1, template: {} }));
    expect(wrongFormat.ok).toBe(false);
    if (!wrongFormat.ok) expect(wrongFormat.errors.join('\n')).toMatch(/format/);
  });

  test('refuse a file far larger than any role', () => {
    const result = readRoleFile(' '.repeat(MAX_ROLE_FILE_BYTES + 1));
    expect(result.ok).toBe(false);
  });

  test('are named after the role, safely', () => {
    expect(roleFileName('Sales / Account Executive')).toBe('sales-account-executive.kpi-role.json');
    expect(roleFileName('<img src=x onerror=alert(1)>')).toBe(
      'img-src-x-onerror-alert-1.kpi-role.json',
    );
    expect(roleFileName('')).toBe('role.kpi-role.json');
  });
});

describe('file problems', () => {
  test('name KPIs and objectives by number and field label, as the wizard shows them', () => {
    expect(readableFileProblem('template.kpis[0].target: enter a number')).toBe(
      'KPI 1, Target: enter a number',
    );
    expect(readableFileProblem('template.kpis[2].dataSource: is missing — say where')).toBe(
      'KPI 3, Data source: is missing — say where',
    );
    expect(readableFileProblem('template.objectives[1].due: enter a date')).toBe(
      'Objective 2, Due date: enter a date',
    );
    expect(readableFileProblem('template.role: enter the role name')).toBe(
      'Role name: enter the role name',
    );
    expect(readableFileProblem('template.periods[4]: shorten it')).toBe('Periods 5: shorten it');
  });

  test('keep the envelope fields by their names and drop the "file:" prefix', () => {
    expect(readableFileProblem('format: set it to "x"')).toBe('The "format" field: set it to "x"');
    expect(readableFileProblem('file: this is not valid JSON — choose a file')).toBe(
      'This is not valid JSON — choose a file',
    );
    expect(readableFileProblem('…and 3 more problems')).toBe('…and 3 more problems');
  });

  test('reach the reader through readRoleFile', () => {
    const original = template();
    const file = JSON.parse(roleFileText(original)) as {
      template: { kpis: Array<Record<string, unknown>> };
    };
    const first = file.template.kpis[0];
    if (first) first.target = 'ten';
    const result = readRoleFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^KPI 1, Target: /)]);
  });
});
