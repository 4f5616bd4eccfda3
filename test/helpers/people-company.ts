/**
 * A company for the people and review-period tests: the built add-on on the emulator with
 * formulas evaluated as in Sheets, 3 roles from the library and 30 people over two departments
 * with three managers, and shortcuts for starting periods and entering actuals.
 */
import { createEmulator, type Emulator, type EmulatedSpreadsheet } from '../../emulator';
import { createFormulaEngine } from '../../emulator/formula-engine';
import type { ActualsForm, StartPeriodResult } from '../../src/core/sidebar-api';
import { ENTRY_POINTS } from '../../src/server/entry-points';
import { loadAddon, run, type AddonContext } from './addon';
import { errorLanguageOption } from './error-language';
import { libraryTemplate } from './role-fixtures';

export interface Setup {
  emu: Emulator;
  addon: AddonContext;
  book: EmulatedSpreadsheet;
}

export const ROLES = [
  ['sales/account-executive', 'Account Executive'],
  ['hr/hr-business-partner', 'HR Business Partner'],
  ['it-development/software-engineer', 'Software Engineer'],
] as const;

export const Q1 = {
  period: '2027-Q1',
  starts: '2027-01-01',
  ends: '2027-03-31',
  actualsDue: '2027-04-14',
};
export const Q2 = {
  period: '2027-Q2',
  starts: '2027-04-01',
  ends: '2027-06-30',
  actualsDue: '2027-07-14',
};

export { run };

/** 30 people: 10 per role over two departments, three managers among them. */
export function peopleRows(): unknown[][] {
  const rows: unknown[][] = [
    ['Employee ID', 'Name', 'Email', 'Role', 'Manager email', 'Department', 'Start date', 'Status'],
  ];
  for (let index = 0; index < 30; index++) {
    const role = ROLES[index % 3]?.[1] ?? '';
    const manager = `lead${index % 3}@example.com`;
    rows.push([
      `E-${String(index + 1).padStart(3, '0')}`,
      index < 3 ? `Lead ${index}` : `Person ${index + 1}`,
      index < 3 ? manager : `person${index + 1}@example.com`,
      role,
      index < 3 ? '' : manager,
      index % 2 === 0 ? 'North' : 'South',
      '',
      '',
    ]);
  }
  return rows;
}

export function setUp(options: { mailQuota?: number } = {}): Setup {
  let addon: AddonContext | null = null;
  const emu: Emulator = createEmulator({
    now: new Date('2027-02-15T10:00:00Z'),
    ...options,
    ...errorLanguageOption(),
    createFormulaEvaluator: () =>
      createFormulaEngine({
        entryPoints: ENTRY_POINTS,
        customFunction: (name) => addon?.[name] as ((...args: unknown[]) => unknown) | undefined,
        invoke: (_name, evaluate) => emu.runAsCustomFunction(evaluate),
      }),
  });
  const book = emu.createSpreadsheet('Company KPIs', { timeZone: 'Europe/London' });
  addon = loadAddon(emu);
  const setup: Setup = { emu, addon, book };
  run(emu, () => setup.addon.setUpSheets());
  for (const [id, name] of ROLES) {
    run(emu, () =>
      setup.addon.saveRole({ template: libraryTemplate(id, { role: name }), mode: 'create' }),
    );
  }
  const people = book.getSheetByName('People');
  const rows = peopleRows();
  people?.getRange(1, 1, rows.length, rows[0]?.length ?? 1).setValues(rows);
  return setup;
}

export function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
  };
}

export function records(book: EmulatedSpreadsheet, name: string): Array<Record<string, unknown>> {
  const sheet = book.getSheetByName(name);
  const [header = [], ...rows] = sheet?.getDataRange().getValues() ?? [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((cell, index) => [String(cell), row[index]])));
}

export function start(setup: Setup, period = Q1): StartPeriodResult {
  return run(setup.emu, () => setup.addon.startReviewPeriod(period)) as StartPeriodResult;
}

export function kpisOf(setup: Setup, employeeId: string, period = Q1.period): ActualsForm {
  return run(setup.emu, () => setup.addon.getActualsForm({ period, employeeId })) as ActualsForm;
}

/** Types every KPI on target, one of them N/A. */
export function onTarget(
  setup: Setup,
  employeeId: string,
  period = Q1.period,
  notApplicable = 1,
): void {
  const form = kpisOf(setup, employeeId, period);
  const actuals = form.rows.map((row, index) => ({
    kpiId: row.kpiId,
    actual: index < notApplicable ? ('N/A' as const) : row.target,
    comment: index === 0 ? 'Does not apply this quarter' : '',
  }));
  run(setup.emu, () => setup.addon.saveActuals({ period, employeeId, actuals }));
}

/** Adds E-031, a Software Engineer reporting to lead2, below the 30 people. */
export function hireLate(setup: Setup): void {
  setup.book
    .getSheetByName('People')
    ?.appendRow([
      'E-031',
      'New Hire',
      'new@example.com',
      'Software Engineer',
      'lead2@example.com',
      'North',
      '',
      '',
    ]);
}
