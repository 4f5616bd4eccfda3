import { findLibraryRole, libraryRoleToTemplate } from '../../../src/core/library';
import {
  MAX_ROLE_FILE_BYTES,
  readRoleFile,
  roleFileName,
  roleFileText,
} from '../../../src/client/role-file';

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
