/**
 * The add-on as a careless or hostile user meets it, through the built add-on on the emulator:
 * their formulas and total rows survive the review, text they type reads back exactly, a refused
 * request leaves the spreadsheet as it was, and KPI IDs are never issued twice.
 */
import { errorLanguageOption } from '../helpers/error-language';
import { createEmulator, type Emulator, type EmulatedSpreadsheet } from '../../emulator';
import { REGISTER_HEADERS } from '../../src/core/sheet-layouts';
import { loadAddon, type AddonContext, run } from '../helpers/addon';
import { libraryTemplate, OWNER } from '../helpers/role-fixtures';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
  book: EmulatedSpreadsheet;
}

function setUp(): Setup {
  const emu = createEmulator({
    now: new Date('2026-03-02T10:00:00Z'),
    ...errorLanguageOption(),
  });
  const book = emu.createSpreadsheet('People KPIs', { timeZone: 'Europe/London' });
  const addon = loadAddon(emu);
  run(emu, () => addon.setUpSheets());
  return { emu, addon, book };
}

function save(setup: Setup, template: unknown, mode = 'create'): { sheetName: string } {
  return run(setup.emu, () => setup.addon.saveRole({ template, mode })) as { sheetName: string };
}

/** Everything the spreadsheet holds, to compare before and after a refused request. */
function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
    metadata: book.peekDeveloperMetadata(),
  };
}

function registerRows(book: EmulatedSpreadsheet): Array<Record<string, unknown>> {
  const [header = [], ...rows] = book.peekSheet('KPI Register')?.values ?? [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((name, index) => [String(name), row[index]])));
}

const column = (header: string): number => REGISTER_HEADERS.indexOf(header as never) + 1;

describe('the review and a user’s own cells in the KPI Register', () => {
  it('keeps a user’s formula in the Review status column and their total row as they were', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));
    const sheet = setup.book.getSheetByName('KPI Register');
    if (!sheet) throw new Error('no register');
    const kpiRows = registerRows(setup.book).length;
    const status = column('Review status');
    const next = column('Next review');
    // A formula in a KPI row, a total row with text in the KPI ID column, a formula under it.
    sheet.getRange(3, next).setFormula('=TODAY()+30');
    const total = kpiRows + 2;
    sheet.getRange(total, 1).setValue('Total');
    sheet.getRange(total, next).setValue('see below');
    sheet.getRange(total, status).setFormula(`=COUNTIF(S2:S${kpiRows + 1},"Overdue")`);
    sheet.getRange(total + 1, 1).setValue('KPI-9999');
    sheet.getRange(total + 1, status).setValue('my note');

    run(setup.emu, () => setup.addon.checkReviewsNow());

    expect(sheet.getRange(3, next).getFormula()).toBe('=TODAY()+30');
    expect(sheet.getRange(total, status).getFormula()).toBe(
      `=COUNTIF(S2:S${kpiRows + 1},"Overdue")`,
    );
    expect(sheet.getRange(total, next).getValue()).toBe('see below');
    expect(sheet.getRange(total + 1, status).getValue()).toBe('my note');
    // The KPI rows themselves were judged: created today, their first review is a cadence away.
    expect(sheet.getRange(2, status).getValue()).toBe('Up to date');
    expect(sheet.getRange(3, status).getValue()).toBe('Up to date');
  });
});

describe('text a user typed', () => {
  it('reads back exactly as typed in every register and objective column it was written to', () => {
    const setup = setUp();
    const base = libraryTemplate('sales/account-executive');
    const kpis = base.kpis.map((kpi, index) => ({
      ...kpi,
      name: index === 0 ? '1,000' : kpi.name,
      unit: index === 1 ? '0012' : kpi.unit,
      definition: index === 2 ? '1e5' : kpi.definition,
      dataSource: index === 3 ? 'TRUE' : kpi.dataSource,
    }));
    const objectives = [{ ...base.objectives[0], objective: '2025-01-31', notes: '1/31/2025' }];
    save(setup, { ...base, role: '50%', kpis, objectives });

    const rows = registerRows(setup.book);
    expect(rows.every((row) => row.Role === '50%')).toBe(true);
    expect(rows[0]?.KPI).toBe('1,000');
    expect(rows[1]?.Unit).toBe('0012');
    expect(rows[2]?.Definition).toBe('1e5');
    expect(rows[3]?.['Data source']).toBe('TRUE');
    const [, objective] = setup.book.peekSheet('Objectives')?.values ?? [];
    expect(objective?.slice(1, 2)).toEqual(['2025-01-31']);
    expect(objective?.[4]).toBe('1/31/2025');
  });

  it('finds a role named 50% again for editing and refuses to create it twice', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive', { role: '50%' }));
    const loaded = run(setup.emu, () => setup.addon.loadRole('50%')) as { role: string };
    expect(loaded.role).toBe('50%');
    const before = snapshot(setup.book);
    expect(() => save(setup, libraryTemplate('sales/account-executive', { role: '50%' }))).toThrow(
      /A role named "50%" is already in the KPI Register/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });
});

describe('a request that is refused or fails', () => {
  it('leaves the spreadsheet exactly as it was when the SMART check refuses the role', () => {
    const setup = setUp();
    const before = snapshot(setup.book);
    const template = libraryTemplate('sales/account-executive');
    const broken = { ...template, kpis: template.kpis.map((kpi) => ({ ...kpi, weight: 1 })) };
    expect(() => save(setup, broken)).toThrow(/fails the SMART check/);
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('creates and edits a role named with 50 emoji, whose sheet name fills Sheets’ 100 units', () => {
    const setup = setUp();
    const role = '😀'.repeat(50);
    const created = save(setup, libraryTemplate('sales/account-executive', { role }));
    expect(created.sheetName.length).toBeLessThanOrEqual(100);
    expect(setup.book.peekSheetNames()).toContain(created.sheetName);

    const loaded = run(setup.emu, () => setup.addon.loadRole(role)) as { kpis: unknown[] };
    const edited = { ...loaded, jobSummary: 'Edited.', periods: ['H1', 'H2'] };
    const updated = save(setup, edited, 'update');
    expect(updated.sheetName).toBe(created.sheetName);
    const replaced = `${created.sheetName} (until 2026-03-02)`;
    expect(replaced.length).toBeLessThanOrEqual(100);
    expect(setup.book.peekSheetNames()).toEqual(
      expect.arrayContaining([updated.sheetName, replaced]),
    );
  });

  it('puts the scorecard beside a user’s same-named sheet and writes both register and scorecard', () => {
    const setup = setUp();
    setup.book.seed('Account Executive', [['my notes']]);
    const result = save(setup, libraryTemplate('sales/account-executive'));
    expect(result.sheetName).toBe('Account Executive (2)');
    expect(setup.book.peekSheet('Account Executive')?.values).toEqual([['my notes']]);
    expect(registerRows(setup.book).length).toBeGreaterThan(0);
  });

  it('tells a person with no spreadsheet open to open one, not that another action is running', () => {
    const setup = setUp();
    setup.emu.setActiveSpreadsheet(null);
    expect(() => run(setup.emu, () => setup.addon.setUpSheets())).toThrow(/No spreadsheet is open/);
  });
});

describe('KPI IDs', () => {
  it('are never issued twice, even after the highest rows are deleted by hand', () => {
    const setup = setUp();
    save(setup, libraryTemplate('sales/account-executive'));
    const issued = registerRows(setup.book).map((row) => String(row['KPI ID']));
    const sheet = setup.book.getSheetByName('KPI Register');
    if (!sheet) throw new Error('no register');
    // The person deletes the last three KPI rows, the highest IDs.
    sheet.deleteRows(issued.length - 1, 3);

    save(setup, libraryTemplate('hr/hr-business-partner', { owner: OWNER }));
    const next = registerRows(setup.book)
      .filter((row) => row.Role === 'HR Business Partner')
      .map((row) => String(row['KPI ID']));
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((id) => issued.includes(id))).toEqual([]);
    expect(next[0]).toBe(`KPI-${String(issued.length + 1).padStart(4, '0')}`);
  });
});
