/**
 * Renaming a role through the built add-on on the emulator: the register rows, every scorecard
 * version and its title follow, the Review Log records it once, and a refusal writes nothing.
 */
import { errorLanguageOption } from '../helpers/error-language';
import { createEmulator, type Emulator, type EmulatedSpreadsheet } from '../../emulator';
import type { RenameRoleResult } from '../../src/core/sidebar-api';
import { loadAddon, type AddonContext, run } from '../helpers/addon';
import { libraryTemplate } from '../helpers/role-fixtures';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
  book: EmulatedSpreadsheet;
}

function setUp(): Setup {
  const emu = createEmulator({ now: new Date('2026-03-02T10:00:00Z'), ...errorLanguageOption() });
  const book = emu.createSpreadsheet('People KPIs', { timeZone: 'Europe/London' });
  const addon = loadAddon(emu);
  run(emu, () => addon.setUpSheets());
  return { emu, addon, book };
}

function createRole(setup: Setup, libraryRoleId: string, role: string) {
  const template = libraryTemplate(libraryRoleId, { role });
  run(setup.emu, () => setup.addon.saveRole({ template, mode: 'create' }));
  return template;
}

function rename(setup: Setup, from: string, to: string): RenameRoleResult {
  return run(setup.emu, () => setup.addon.renameRole({ from, to })) as RenameRoleResult;
}

function records(book: EmulatedSpreadsheet, sheetName: string): Array<Record<string, unknown>> {
  const [header = [], ...rows] = book.peekSheet(sheetName)?.values ?? [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((name, index) => [String(name), row[index]])));
}

function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
    metadata: book.peekDeveloperMetadata(),
  };
}

function refusal(setup: Setup, from: unknown, to: unknown): string {
  const before = snapshot(setup.book);
  let message = '';
  try {
    run(setup.emu, () => setup.addon.renameRole({ from, to }));
  } catch (error) {
    message = (error as Error).message;
  }
  expect(snapshot(setup.book)).toEqual(before);
  return message;
}

describe('renameRole', () => {
  it('renames the role’s register rows, its scorecard and title, and logs it once', () => {
    const setup = setUp();
    const template = createRole(setup, 'sales/account-executive', 'Account Executive');
    createRole(setup, 'hr/talent-acquisition-specialist', 'Recruiter');
    const result = rename(setup, 'account executive', 'Senior AE');
    expect(result).toEqual({
      ok: true,
      message: `Renamed "Account Executive" to "Senior AE": ${template.kpis.length} KPI rows in the register and 1 scorecard sheet.`,
      sheetName: 'Senior AE',
      kpiCount: template.kpis.length,
      scoresRows: 0,
      peopleRows: 0,
    });
    const roles = records(setup.book, 'KPI Register').map((row) => row.Role);
    expect(roles.filter((role) => role === 'Senior AE')).toHaveLength(template.kpis.length);
    expect(roles).not.toContain('Account Executive');
    expect(roles).toContain('Recruiter');
    expect(setup.book.peekSheetNames()).toContain('Senior AE');
    expect(setup.book.peekSheetNames()).not.toContain('Account Executive');
    expect(setup.book.peekSheet('Senior AE')?.values[0]?.slice(0, 2)).toEqual([
      'Role scorecard',
      'Senior AE',
    ]);
    const log = records(setup.book, 'Review Log');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      Role: 'Senior AE',
      Event: 'Renamed',
      By: 'Rename role',
      Detail: expect.stringContaining('"Account Executive" → "Senior AE"'),
    });
    // The renamed role opens again in the wizard under its new name.
    const loaded = run(setup.emu, () => setup.addon.loadRole('Senior AE')) as {
      role: string;
      kpis: unknown[];
    };
    expect(loaded.kpis).toHaveLength(template.kpis.length);
  });

  it('renames every scorecard version, each keeping its suffix after the new name', () => {
    const setup = setUp();
    const template = createRole(setup, 'sales/account-executive', 'Analyst');
    // A new job summary changes what the scorecard shows, so the edit writes a second version.
    const loaded = run(setup.emu, () => setup.addon.loadRole('Analyst')) as typeof template;
    run(setup.emu, () =>
      setup.addon.saveRole({
        template: { ...template, ...loaded, jobSummary: 'Owns the quarterly analysis.' },
        mode: 'update',
      }),
    );
    const replaced = 'Analyst (until 2026-03-02)';
    expect(setup.book.peekSheetNames()).toEqual(expect.arrayContaining(['Analyst', replaced]));
    const result = rename(setup, 'Analyst', 'Data Analyst');
    expect(result.sheetName).toBe('Data Analyst');
    const renamed = ['Data Analyst', 'Data Analyst (until 2026-03-02)'];
    expect(setup.book.peekSheetNames()).toEqual(expect.arrayContaining(renamed));
    expect(setup.book.peekSheetNames().filter((name) => name.startsWith('Analyst'))).toEqual([]);
    for (const name of renamed) {
      expect(setup.book.peekSheet(name)?.values[0]?.[1]).toBe('Data Analyst');
    }
  });

  it('keeps a new name that looks like a number or a date exactly as typed', () => {
    const setup = setUp();
    createRole(setup, 'hr/talent-acquisition-specialist', 'Recruiter');
    rename(setup, 'Recruiter', '2025-01-31');
    expect(records(setup.book, 'KPI Register').every((row) => row.Role === '2025-01-31')).toBe(
      true,
    );
    expect(setup.book.peekSheet('2025-01-31')?.values[0]?.[1]).toBe('2025-01-31');
    rename(setup, '2025-01-31', '1,000');
    expect(records(setup.book, 'KPI Register').every((row) => row.Role === '1,000')).toBe(true);
    expect(setup.book.peekSheet('1,000')?.values[0]?.[1]).toBe('1,000');
    rename(setup, '1,000', '=1+1');
    expect(records(setup.book, 'KPI Register').every((row) => row.Role === '=1+1')).toBe(true);
    expect(setup.book.peekSheet('=1+1')?.values[0]?.[1]).toBe('=1+1');
    expect(setup.book.peekSheet('=1+1')?.formulas[0]?.[1]).toBe('');
  });

  it('leaves a sheet a person named like the role alone', () => {
    const setup = setUp();
    createRole(setup, 'hr/talent-acquisition-specialist', 'Recruiter');
    setup.book.insertSheet('Recruiter (3)').getRange(1, 1).setValue('My notes');
    rename(setup, 'Recruiter', 'Talent Partner');
    expect(setup.book.peekSheetNames()).toEqual(
      expect.arrayContaining(['Talent Partner', 'Recruiter (3)']),
    );
  });

  it('refuses an unknown role, a blank name, a role that exists and a clashing sheet, writing nothing', () => {
    const setup = setUp();
    createRole(setup, 'sales/account-executive', 'Account Executive');
    createRole(setup, 'hr/talent-acquisition-specialist', 'Recruiter');
    expect(refusal(setup, 'Designer', 'Lead Designer')).toBe(
      'The role was not renamed — nothing was changed. There is no role named "Designer" in the KPI Register — choose one of "Account Executive", "Recruiter".',
    );
    expect(refusal(setup, 'Recruiter', '  ')).toMatch(/The new name is blank/);
    expect(refusal(setup, 'Recruiter', 'ACCOUNT executive')).toMatch(
      /"Account Executive" is already a role in the KPI Register — choose a name no other role has\./,
    );
    setup.book.insertSheet('Budget');
    expect(refusal(setup, 'Recruiter', 'budget')).toBe(
      'The role was not renamed — nothing was changed. The scorecard "Recruiter" cannot be renamed "budget": a sheet named "Budget" already exists — rename or delete that sheet, or choose another role name.',
    );
    expect(refusal(setup, 'Recruiter', 'Recruiter')).toMatch(/already named "Recruiter"/);
    expect(refusal(setup, 'Recruiter', 42)).toMatch(/send \{ from: .*, to: .* \} as text/);
  });
});
