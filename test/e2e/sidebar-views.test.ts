/**
 * The views the add-on menu opens — Objectives, Rename role, Review selected KPIs — in real Chromium at the sidebar's
 * 300 px, talking through google.script.run to the built add-on on the emulator. Each test drives
 * the page as a person would, asserts what ends up in the spreadsheet, and saves screenshots in
 * test-artifacts/sidebar/.
 */
import { libraryTemplate } from '../helpers/role-fixtures';
import { sidebarSuite, sheetRecords, type SidebarSession } from './sidebar-harness';

const XSS = '<img src=x onerror=alert(1)>';

const session = sidebarSuite();

/** Runs add-on functions as separate executions, as the menu or another sidebar would. */
function run<T>(started: SidebarSession, action: () => T): T {
  try {
    return action();
  } finally {
    started.emulator.endExecution();
  }
}

function createRole(started: SidebarSession, libraryRoleId: string, role: string): void {
  run(started, () => started.addon.setUpSheets());
  run(started, () =>
    started.addon.saveRole({ template: libraryTemplate(libraryRoleId, { role }), mode: 'create' }),
  );
}

describe('Objectives', () => {
  it('shows the coverage, edits and adds objectives in place, and keeps what was typed on a refusal', async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    createRole(started, 'sales/account-executive', 'Account Executive');
    run(started, () =>
      started.addon.saveObjectives({
        objectives: [{ id: '', objective: 'Open Berlin', owner: '', due: '', notes: '' }],
      }),
    );
    // A person unlinks one KPI by hand in the register.
    const register = spreadsheet.getSheetByName('KPI Register');
    const header = register?.getRange(1, 1, 1, register.getLastColumn()).getValues()[0] ?? [];
    register?.getRange(2, header.indexOf('Objective') + 1).setValue('');
    const unlinked = String(register?.getRange(2, header.indexOf('KPI') + 1).getValue());

    await started.open('showObjectives');
    const heading = page.getByRole('heading', { level: 1, name: 'Objectives' });
    await expect(heading).toBeTruthy();
    await page.getByText('1 objective has no KPI').waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    // No tabs in a menu view; a way back instead.
    expect(await page.getByRole('navigation', { name: 'Sidebar sections' }).count()).toBe(0);
    const coverage = page.getByTestId('coverage');
    expect(await coverage.innerText()).toContain('OBJ-002 Open Berlin');
    expect(await coverage.innerText()).toContain('1 KPI supports no objective');
    expect(await coverage.innerText()).toContain(`Account Executive\n${unlinked} (KPI-0001)`);
    await started.shot('objectives-coverage');

    // Edit OBJ-002 in place, with text that must stay text.
    await page.getByRole('button', { name: 'Edit OBJ-002' }).click();
    const second = page.locator('[data-form-key="OBJ-002"]');
    await second.getByLabel('Objective').fill('Open Berlin office');
    await second.getByLabel('Notes').fill(XSS);
    await second.getByLabel('Due').fill('2026-09-30');
    // Add one whose text looks like a number.
    await page.getByRole('button', { name: 'Add objective' }).click();
    const added = page.locator('.objective-item').last();
    expect(
      await added.getByLabel('Objective').evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await added.getByLabel('Objective').fill('1,000');
    await added.getByLabel('Owner email').fill('bob');
    await started.shot('objectives-editing');

    // The owner is not an email: refused whole, nothing written, everything typed kept.
    const before = sheetRecords(spreadsheet, 'Objectives');
    await page.getByRole('button', { name: 'Save 2 changes' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'New objective 1: owner "bob" is not an email address',
    );
    expect(sheetRecords(spreadsheet, 'Objectives')).toEqual(before);
    expect(await added.getByLabel('Objective').inputValue()).toBe('1,000');
    expect(await second.getByLabel('Notes').inputValue()).toBe(XSS);
    await started.shot('objectives-refused');

    await added.getByLabel('Owner email').fill('ana@example.com');
    const calls = started.serverCalls.length;
    // A double click saves once.
    await page.getByRole('button', { name: 'Save 2 changes' }).dblclick();
    await page.getByRole('status').filter({ hasText: 'Objectives saved' }).waitFor();
    expect(
      started.serverCalls.slice(calls).filter((name) => name === 'saveObjectives'),
    ).toHaveLength(1);
    expect(await page.getByRole('status').innerText()).toBe(
      'Objectives saved: added OBJ-003 and updated OBJ-002.',
    );
    const rows = sheetRecords(spreadsheet, 'Objectives');
    expect(rows.map((row) => [row['Objective ID'], row.Objective, row.Notes])).toEqual([
      ['OBJ-001', 'Grow recurring revenue 20% this year', ''],
      ['OBJ-002', 'Open Berlin office', XSS],
      ['OBJ-003', '1,000', ''],
    ]);
    // User text is shown as text, never as HTML.
    expect(await page.locator('img').count()).toBe(0);
    await page.getByText('2 objectives have no KPI').waitFor();
    await started.shot('objectives-saved');

    await page.getByRole('button', { name: 'All sections' }).click();
    await page.getByRole('navigation', { name: 'Sidebar sections' }).waitFor();
  });
});

describe('Rename role', () => {
  it('renames the chosen role after showing what will change, and shows the server’s refusal', async () => {
    const started = await session();
    const { page, spreadsheet } = started;
    createRole(started, 'sales/account-executive', 'Account Executive');
    createRole(started, 'hr/talent-acquisition-specialist', 'Recruiter');
    spreadsheet.insertSheet('Budget');

    await started.open('showRenameRole');
    const heading = page.getByRole('heading', { level: 1, name: 'Rename role' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByLabel('Role', { exact: true }).selectOption('Recruiter');

    // Another role's name is caught before anything is sent.
    await page.getByLabel('New name').fill('account executive');
    await page.getByText('"Account Executive" is already a role — choose another name.').waitFor();
    expect(await page.getByRole('button', { name: 'Rename' }).isDisabled()).toBe(true);

    // A sheet clash is the server's to find: it refuses and nothing changes.
    const before = spreadsheet.peekSheetNames();
    await page.getByLabel('New name').fill('budget');
    await page.getByRole('button', { name: 'Rename' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('a sheet named "Budget" already exists');
    expect(spreadsheet.peekSheetNames()).toEqual(before);
    expect(await page.getByLabel('New name').inputValue()).toBe('budget');
    await started.shot('rename-role-refused');

    await page.getByLabel('New name').fill('Talent Partner');
    const preview = page.getByTestId('rename-preview');
    expect(await preview.innerText()).toContain('Its scorecard sheet becomes "Talent Partner"');
    await started.shot('rename-role-preview');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Renamed "Recruiter" to "Talent Partner"' })
      .waitFor();
    const roles = new Set(sheetRecords(spreadsheet, 'KPI Register').map((row) => row.Role));
    expect([...roles]).toEqual(['Account Executive', 'Talent Partner']);
    expect(spreadsheet.peekSheetNames()).toContain('Talent Partner');
    expect(spreadsheet.peekSheetNames()).not.toContain('Recruiter');
    // The list of roles follows, with the renamed one chosen.
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('Talent Partner');
    await started.shot('rename-role-done');
  });
});

describe('Review selected KPIs', () => {
  it('records a Keep and a Revise for the selected rows, logs them and writes a new scorecard version', async () => {
    const started = await session();
    const { page, spreadsheet, emulator } = started;
    createRole(started, 'sales/account-executive', 'Account Executive');
    const register = sheetRecords(spreadsheet, 'KPI Register');
    const [kept, revised] = register;
    emulator.setActiveRange(spreadsheet, "'KPI Register'!A2:A3");

    await started.open('showReviewSelectedKpis');
    await page.getByRole('heading', { level: 1, name: 'Review selected KPIs' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Account Executive' }).waitFor();
    // Every KPI of the role is listed, the two selected ones marked.
    await expect(page.locator('li.review-kpi').count()).resolves.toBe(register.length);
    await expect(page.locator('li.review-kpi.selected').count()).resolves.toBe(2);

    const item = (kpi: unknown) =>
      page.locator('li.review-kpi', { has: page.getByText(String(kpi), { exact: true }) });
    await page.getByLabel(`Decision for ${String(kept?.KPI)}`).selectOption('Keep');
    await item(kept?.KPI).getByLabel('Note').fill('Still the right measure');
    await page.getByLabel(`Decision for ${String(revised?.KPI)}`).selectOption('Revise');
    const target = item(revised?.KPI).getByLabel('Target', { exact: true });
    await target.fill('3.5');
    await item(revised?.KPI).getByLabel('Note').fill(`Raised after Q1 ${XSS}`);
    await started.shot('review-kpis-decisions');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: /Reviewed 1 kept, 1 revised on \d{4}-\d{2}-\d{2}\. New scorecard version/,
      })
      .waitFor();
    await started.shot('review-kpis-saved');

    const after = sheetRecords(spreadsheet, 'KPI Register');
    expect(after[1]?.Target).toBe(3.5);
    expect(after[0]?.Target).toBe(kept?.Target);
    for (const row of after.slice(0, 2)) expect(row['Last reviewed']).toBeInstanceOf(Date);
    const log = sheetRecords(spreadsheet, 'Review Log').filter((row) =>
      [kept?.['KPI ID'], revised?.['KPI ID']].includes(row['KPI ID']),
    );
    expect(log.map((row) => row.Event)).toEqual(['Kept', 'Revised']);
    expect(String(log[1]?.Detail)).toContain('3.5');
    expect(String(log[1]?.Detail)).toContain(XSS);
    expect(
      spreadsheet.peekSheetNames().some((name) => /^Account Executive \(until /.test(name)),
    ).toBe(true);
  });

  it('says what to do when no KPI row is selected', async () => {
    const started = await session();
    const { page, spreadsheet, emulator } = started;
    createRole(started, 'sales/account-executive', 'Account Executive');
    emulator.setActiveRange(spreadsheet, "'Objectives'!A1");
    await started.open('showReviewSelectedKpis');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'Select the rows of the KPIs to review on the "KPI Register" sheet',
    );
    await started.shot('review-kpis-nothing-selected');
  });
});
