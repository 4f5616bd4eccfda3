/**
 * The sidebar in real Chromium, talking through google.script.run to the built add-on on the
 * emulator. Every test drives the page as a person would and asserts what ends up in the
 * spreadsheet. Screenshots of each step land in test-artifacts/sidebar/.
 */
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { findLibraryRole, libraryRoleToTemplate } from '../../src/core/library';
import type { LibraryRole, Objective } from '../../src/core/types';
import { roleFileText } from '../../src/client/role-file';
import {
  createSidebarEmulator,
  sidebarSuite,
  MIN_SELECT_TEXT_WIDTH,
  sheetRecords,
  SIDEBAR_WIDTH,
  sidebarLayoutProblems,
  type SidebarSession,
} from './sidebar-harness';

const REGISTER = 'KPI Register';
const OBJECTIVES = 'Objectives';
const XSS = '<img src=x onerror=alert(1)>';

const session = sidebarSuite();

function step(page: Page, label: string): Locator {
  return page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: new RegExp(`^\\d\\s*${label}$`) });
}

async function next(page: Page, label: string) {
  await page.getByRole('button', { name: `Next: ${label}` }).click();
}

async function pickLibraryRole(page: Page, family: string, role: string) {
  await page.getByLabel('Library family').selectOption({ label: family });
  await page.getByLabel('Library role').selectOption({ label: role });
}

async function addObjective(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add a new objective' }).click();
  await page.getByLabel('Objective', { exact: true }).last().fill(text);
}

async function linkAllKpis(page: Page) {
  await page.getByRole('button', { name: 'Link', exact: true }).click();
}

/** The role's owner: Sheets hides the user's email without an extra scope, so HR types it. */
const OWNER = 'hr.lead@example.com';

async function setOwner(page: Page, email = OWNER) {
  await step(page, 'Review').click();
  await page.getByLabel('Owner email').fill(email);
}

function createButton(page: Page): Locator {
  return page.getByRole('button', { name: /^(Create role|Save changes)$/ });
}

async function addCustomKpi(
  page: Page,
  fields: {
    name: string;
    definition: string;
    unit: string;
    target: string;
    weight: string;
    category: string;
    dataSource?: string;
  },
) {
  await page.getByRole('button', { name: 'Add a custom KPI' }).click();
  const kpi = page.locator('li.kpi').last();
  await kpi.getByLabel('KPI name').fill(fields.name);
  await kpi.getByLabel('Definition (how it is measured)').fill(fields.definition);
  await kpi.getByLabel('Unit').fill(fields.unit);
  await kpi.getByLabel('Target').fill(fields.target);
  await kpi.getByLabel('Weight %').fill(fields.weight);
  await kpi.getByLabel('Category').selectOption(fields.category);
  await kpi.getByLabel('Data source').fill(fields.dataSource ?? 'Team tracker');
  return kpi;
}

/** Puts one objective on the Objectives sheet, as HR would before using the wizard. */
function seedObjective(started: SidebarSession, text: string): string {
  started.addon.setUpSheets?.();
  const sheet = started.spreadsheet.getSheetByName(OBJECTIVES);
  if (!sheet) throw new Error('setUpSheets did not create the Objectives sheet.');
  sheet.appendRow(['OBJ-001', text, 'ceo@example.com', '', '']);
  return 'OBJ-001';
}

/** Seeds the revenue objective and saves a library role linked to it, as an earlier session would. */
function saveLinkedLibraryRole(started: SidebarSession, role: LibraryRole): Objective {
  const text = 'Grow new-business revenue 20% this year';
  const objective = {
    id: seedObjective(started, text),
    objective: text,
    owner: '',
    due: '',
    notes: '',
  };
  started.addon.saveRole?.({
    template: libraryRoleToTemplate(role, { owner: OWNER, objectives: [objective] }),
    mode: 'create',
  });
  return objective;
}

/** Waits until the emulated spreadsheet shows what the page just asked the server to do. */
async function eventually(page: Page, condition: () => boolean) {
  for (let attempt = 0; attempt < 250 && !condition(); attempt += 1) {
    await page.waitForTimeout(20);
  }
}

function roleRows(started: SidebarSession, role: string) {
  return sheetRecords(started.spreadsheet, REGISTER).filter((row) => row.Role === role);
}

describe('the sidebar wizard', () => {
  test('creates a role from the library and writes its register rows and scorecard', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await started.shot('01-role-step');

    await pickLibraryRole(page, 'Sales', 'Account Executive');
    await expect(page.getByLabel('Role name').inputValue()).resolves.toBe('Account Executive');
    await started.shot('02-role-from-library');

    await next(page, 'Objectives');
    await addObjective(page, 'Grow new-business revenue 20% this year');
    await started.shot('03-objectives');

    await next(page, 'KPIs');
    await linkAllKpis(page);
    await expect(page.getByTestId('weight-meter').textContent()).resolves.toContain('exactly 100%');
    await started.shot('04-kpis');

    await next(page, 'Review');
    await page.getByLabel('Owner email').fill(OWNER);
    await started.shot('05-review');

    await next(page, 'Preview');
    await expect(page.getByText('The SMART check found nothing to fix.').count()).resolves.toBe(1);
    await started.shot('06-preview');
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();
    await started.shot('07-created');

    const library = findLibraryRole('sales/account-executive');
    const rows = roleRows(started, 'Account Executive');
    expect(rows.map((row) => row.KPI)).toEqual(library?.kpis.map((kpi) => kpi.name));
    expect(new Set(rows.map((row) => row['KPI ID'])).size).toBe(rows.length);
    expect(rows.every((row) => row.Owner === OWNER)).toBe(true);
    const objectives = sheetRecords(started.spreadsheet, OBJECTIVES);
    expect(objectives.map((row) => row.Objective)).toEqual([
      'Grow new-business revenue 20% this year',
    ]);
    expect(
      rows.every((row) => String(row.Objective).includes(String(objectives[0]?.['Objective ID']))),
    ).toBe(true);
    const scorecard = started.spreadsheet.peekSheet('Account Executive');
    expect(scorecard).not.toBeNull();
    const formulas = (scorecard?.formulas ?? []).flat().filter((formula) => formula !== '');
    // One KPISCORE per period in the first KPI row, over every KPI row; Sheets spills it down.
    const last = 6 + rows.length;
    const settings = `$F$7:$F$${last}, $D$7:$D$${last}, $E$7:$E$${last}, $G$7:$G$${last}`;
    const scoreFormulas = ['I', 'J', 'K', 'L'].map(
      (actual) => `=KPISCORE(${actual}7:${actual}${last}, ${settings})`,
    );
    expect(scorecard?.formulas[6]?.slice(12, 16)).toEqual(scoreFormulas);
    expect(formulas.filter((formula) => formula.startsWith('=KPISCORE('))).toEqual(scoreFormulas);
    expect(formulas.some((formula) => formula.startsWith('=KPIWEIGHTED('))).toBe(true);
    expect(formulas.some((formula) => formula.includes('KPIRATING('))).toBe(true);
    // Reminders were left on in the Review step: the wizard switches them on after saving.
    await eventually(page, () => started.emulator.triggers().length > 0);
    expect(started.emulator.triggers().map((trigger) => trigger.handler)).toEqual([
      'runScheduledReviews',
    ]);
  });

  test("picks the company's currency once for every money KPI of the role", async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await pickLibraryRole(page, 'Sales', 'Sales Development Representative');
    await next(page, 'Objectives');
    await addObjective(page, 'Fill the pipeline for next year');
    await next(page, 'KPIs');
    await linkAllKpis(page);
    const currency = page.getByLabel('Currency of money KPIs');
    await expect(currency.inputValue()).resolves.toBe('USD');
    await expect(page.getByText(/measured in it: Pipeline sourced\.$/).count()).resolves.toBe(1);
    await currency.selectOption('EUR');
    await currency.selectOption({ label: 'Another code…' });
    await page.getByLabel('Currency code').fill('kes');
    await started.shot('13-currency');
    await setOwner(page);
    await step(page, 'Preview').click();
    const pipeline = page.locator('.preview-table tbody tr', { hasText: 'Pipeline sourced' });
    await expect(pipeline.locator('td').nth(1).textContent()).resolves.toMatch(/^[\d,.]+ KES$/);
    // The figure never breaks across lines, however narrow the column.
    await expect(
      pipeline
        .locator('.number')
        .first()
        .evaluate((figure) => getComputedStyle(figure).whiteSpace),
    ).resolves.toBe('nowrap');
    await started.shot('14-currency-preview');
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();

    const rows = roleRows(started, 'Sales Development Representative');
    expect(rows.find((row) => row.KPI === 'Pipeline sourced')?.Unit).toBe('KES');
    expect(rows.filter((row) => row.Unit === 'USD')).toEqual([]);
  });

  test('builds a custom role from a blank start', async () => {
    const started = await session();
    const { page } = started;
    const objectiveId = seedObjective(started, 'Keep every site running safely');
    await started.open('showNewRoleWizard');

    await page.getByLabel('Role name').fill('Field Technician');
    await page
      .getByLabel('Job summary')
      .fill('Installs and maintains equipment at customer sites, safely and on time.');
    await next(page, 'Objectives');
    await page.getByRole('checkbox', { name: /Keep every site running safely/ }).check();
    await next(page, 'KPIs');
    const fixRate = await addCustomKpi(page, {
      name: 'First-time fix rate',
      definition: 'Share of visits that fix the fault without a return visit, per month.',
      unit: '%',
      target: '85',
      weight: '50',
      category: 'Quality',
    });
    // A percent KPI's number typed as 85 reads as 85% once the person moves on.
    await expect(fixRate.getByLabel('Target').inputValue()).resolves.toBe('85%');
    await expect(fixRate.getByText('In percent: type 95 or 95% for 95%.').count()).resolves.toBe(1);
    await addCustomKpi(page, {
      name: 'Visits completed on schedule',
      definition: 'Share of scheduled visits completed within the booked window.',
      unit: '%',
      target: '95%',
      weight: '30',
      category: 'Efficiency',
    });
    await addCustomKpi(page, {
      name: 'Safety training hours',
      definition: 'Hours of accredited safety training completed in the quarter.',
      unit: 'hours',
      target: '8',
      weight: '20',
      category: 'Development',
      dataSource: 'Learning platform',
    });
    await started.shot('10-custom-kpis');
    await setOwner(page);
    await step(page, 'KPIs').click();
    await expect(page.locator('.badge.error').count()).resolves.toBe(0);
    await expect(page.locator('.badge.ok').count()).resolves.toBe(3);
    await step(page, 'Preview').click();
    await expect(page.getByText('The SMART check found nothing to fix.').count()).resolves.toBe(1);
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();

    const rows = roleRows(started, 'Field Technician');
    // Percent targets are stored as Sheets stores percents: 85% is 0.85.
    expect(rows.map((row) => [row.KPI, row.Category, row.Target, row.Weight])).toEqual([
      ['First-time fix rate', 'Quality', 0.85, expect.anything()],
      ['Visits completed on schedule', 'Efficiency', 0.95, expect.anything()],
      ['Safety training hours', 'Development', 8, expect.anything()],
    ]);
    expect(rows.every((row) => String(row.Objective).includes(objectiveId))).toBe(true);
    expect(started.spreadsheet.peekSheet('Field Technician')).not.toBeNull();
  });

  test("shows a new custom KPI's SMART findings field by field, as the person fills it in", async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await page.getByLabel('Role name').fill('Field Technician');
    await step(page, 'KPIs').click();
    await page.getByRole('button', { name: 'Add a custom KPI' }).click();
    const kpi = page.locator('li.kpi').last();
    const findings = kpi.getByRole('list', { name: /^SMART check for / });
    await kpi.getByLabel('KPI name').waitFor();
    await expect(findings.count()).resolves.toBe(0);
    await expect(kpi.getByText('Checked as you fill it in').count()).resolves.toBe(1);
    await started.shot('11-custom-kpi-new');

    // Leaving the name empty says so, and only that.
    await kpi.getByLabel('KPI name').focus();
    await kpi.getByLabel('Definition (how it is measured)').focus();
    await expect(findings.locator('li').allTextContents()).resolves.toEqual([
      expect.stringContaining('The KPI has no name.'),
    ]);
    // A name fixes its finding; the definition, left blank, and the target typed wrong speak up.
    await kpi.getByLabel('KPI name').fill('First-time fix rate');
    await kpi.getByLabel('Target').fill('ninety');
    await kpi.getByLabel('Weight %').focus();
    await expect(findings.locator('li').allTextContents()).resolves.toEqual([
      expect.stringContaining('The KPI has no definition.'),
      expect.stringContaining('The target is not a number.'),
    ]);
    await started.shot('12-custom-kpi-touched');

    // The preview still lists everything left to fix.
    await step(page, 'Preview').click();
    const all = await page.locator('.finding-block .findings li').allTextContents();
    expect(all.some((line) => line.includes('The KPI has no definition.'))).toBe(true);
    expect(all.some((line) => line.includes('The KPI has no unit.'))).toBe(true);
  });

  test('edits an existing role and saves the change to its own register rows', async () => {
    const emulator = createSidebarEmulator();
    const spreadsheet = emulator.createSpreadsheet('HR KPIs');
    const started = await session({ emulator });
    const objectiveId = seedObjective(started, 'Hire the people the plan needs');
    const role =
      findLibraryRole('hr/talent-acquisition-specialist') ??
      findLibraryRole('hr/hr-business-partner');
    if (!role) throw new Error('The library has no HR role to edit.');
    const template = libraryRoleToTemplate(role, {
      owner: 'recruiting.lead@example.com',
      objectives: [
        {
          id: objectiveId,
          objective: 'Hire the people the plan needs',
          owner: '',
          due: '',
          notes: '',
        },
      ],
    });
    started.addon.saveRole?.({ template, mode: 'create' });
    emulator.endExecution();
    const before = sheetRecords(spreadsheet, REGISTER);
    const firstKpi = before.find((row) => row.Role === role.name);

    const { page } = started;
    await started.open('showEditRoleWizard');
    await started.shot('20-edit-list');
    await page.getByRole('button', { name: `Edit ${role.name}` }).click();
    await page.getByRole('heading', { name: `Edit role: ${role.name}` }).waitFor();
    await expect(page.getByLabel('Role name').inputValue()).resolves.toBe(role.name);
    await step(page, 'KPIs').click();
    const kpi = page.locator('li.kpi').first();
    await kpi.getByRole('button', { name: /Edit details/ }).click();
    await kpi.getByLabel('Target').fill('42');
    await started.shot('21-edit-kpi');
    await step(page, 'Preview').click();
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role updated' }).waitFor();
    await started.shot('22-updated');

    const after = sheetRecords(spreadsheet, REGISTER);
    expect(after.length).toBe(before.length);
    const edited = after.find((row) => row['KPI ID'] === firstKpi?.['KPI ID']);
    expect(edited?.Target).toBe(42);
    expect(edited?.KPI).toBe(firstKpi?.KPI);
  });

  test("shows an earlier version's whole percents as percents, says so, and saves fractions", async () => {
    const started = await session();
    const role = findLibraryRole('sales/account-executive');
    if (!role) throw new Error('The library has no Account Executive.');
    saveLinkedLibraryRole(started, role);
    // What an earlier version wrote to the register: percent KPIs in whole percents (100 for 100%).
    const register = started.spreadsheet.getSheetByName(REGISTER);
    if (!register) throw new Error('saveRole did not write the KPI Register.');
    const headers = register.getRange(1, 1, 1, register.getLastColumn()).getValues()[0] ?? [];
    const threshold = headers.indexOf('Threshold') + 1;
    role.kpis.forEach((kpi, index) => {
      if (kpi.unit !== '%') return;
      const whole = [kpi.threshold, kpi.target, kpi.stretch].map((value) =>
        value === null ? '' : Math.round(value * 10000) / 100,
      );
      register.getRange(2 + index, threshold, 1, 3).setValues([whole]);
    });
    started.emulator.endExecution();

    const { page } = started;
    await started.open('showEditRoleWizard');
    await page.getByRole('button', { name: `Edit ${role.name}` }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /saved by an earlier version, which kept percents as whole numbers \(95 for 95%\)/,
    );
    await step(page, 'KPIs').click();
    const quota = page.locator('li.kpi').first();
    await quota.getByRole('button', { name: /Edit details/ }).click();
    await expect(quota.getByLabel('Threshold').inputValue()).resolves.toBe('70%');
    await expect(quota.getByLabel('Target').inputValue()).resolves.toBe('100%');
    await expect(quota.getByLabel('Stretch').inputValue()).resolves.toBe('130%');
    await expect(page.locator('.badge.error').count()).resolves.toBe(0);
    await started.shot('25-earlier-version-percents');
    await step(page, 'Preview').click();
    await expect(page.locator('.preview-table tbody tr').first().textContent()).resolves.toContain(
      '100%',
    );
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role updated' }).waitFor();

    const saved = roleRows(started, role.name)[0];
    expect([saved?.Threshold, saved?.Target, saved?.Stretch]).toEqual([0.7, 1, 1.3]);
  });

  test('edits how a KPI builds up over a period, with the choice explained', async () => {
    const started = await session();
    const role = findLibraryRole('sales/account-executive');
    if (!role) throw new Error('The library has no Account Executive.');
    saveLinkedLibraryRole(started, role);
    const { page } = started;
    await started.open('showEditRoleWizard');
    await page.getByRole('button', { name: `Edit ${role.name}` }).click();
    await step(page, 'KPIs').click();
    const kpi = page.locator('li.kpi').nth(1);
    await kpi.getByRole('button', { name: /Edit details/ }).click();
    const aggregation = kpi.getByLabel('Aggregation');
    await expect(aggregation.inputValue()).resolves.toBe(role.kpis[1]?.aggregation);
    await expect(
      kpi
        .getByText(
          'How a value to date builds up over a period; only Sum KPIs are prorated when pace is checked.',
        )
        .count(),
    ).resolves.toBe(1);
    await aggregation.selectOption('Average');
    await started.shot('26-aggregation');
    await step(page, 'Preview').click();
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role updated' }).waitFor();

    const rows = roleRows(started, role.name);
    expect(rows.map((row) => row.Aggregation)).toEqual(
      role.kpis.map((item, index) => (index === 1 ? 'Average' : item.aggregation)),
    );
  });

  test('exports a role as JSON and imports it into another spreadsheet', async () => {
    const source = await session();
    await source.open('showNewRoleWizard');
    await pickLibraryRole(source.page, 'Marketing', 'Digital Marketing Specialist');
    await next(source.page, 'Objectives');
    await addObjective(source.page, 'Double qualified inbound leads');
    await next(source.page, 'KPIs');
    await linkAllKpis(source.page);
    await source.page.getByText('Export or import this role as JSON').click();
    // One click on Export JSON downloads the file.
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('digital-marketing-specialist.kpi-role.json');
    await expect(
      source.page
        .getByText(/^digital-marketing-specialist\.kpi-role\.json is downloading\./)
        .count(),
    ).resolves.toBe(1);
    // The link stays, to download it again where the first try was blocked.
    const [again] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.getByRole('link', { name: /^Download / }).click(),
    ]);
    expect(fs.readFileSync(await again.path(), 'utf8')).toBe(
      fs.readFileSync(await download.path(), 'utf8'),
    );
    await source.shot('30-export');
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    const exported = JSON.parse(text) as {
      format: string;
      template: { role: string; kpis: unknown[] };
    };
    expect(exported.format).toBe('kpi-framework-builder/role-template');
    expect(exported.template.role).toBe('Digital Marketing Specialist');

    const target = await session({ emulator: createSidebarEmulator() });
    const { page } = target;
    await target.open('showNewRoleWizard');
    await page.getByText('Export or import this role as JSON').click();
    await page.getByLabel('Import a role file (.json)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something else"}'),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('format');
    await target.shot('31-import-error');

    await page.getByLabel('Import a role file (.json)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByText('Imported "Digital Marketing Specialist"').waitFor();
    await expect(page.getByLabel('Role name').inputValue()).resolves.toBe(
      'Digital Marketing Specialist',
    );
    await target.shot('32-imported');
    await setOwner(page);
    await step(page, 'Preview').click();
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();
    expect(roleRows(target, 'Digital Marketing Specialist').length).toBe(
      exported.template.kpis.length,
    );
    expect(sheetRecords(target.spreadsheet, OBJECTIVES).map((row) => row.Objective)).toEqual([
      'Double qualified inbound leads',
    ]);
  });

  test('exports a role as text to copy and imports pasted JSON when the sandbox blocks the clipboard', async () => {
    const source = await session();
    const { page: sourcePage } = source;
    await source.open('showNewRoleWizard');
    // Apps Script's sandboxed iframe may offer no Clipboard API at all.
    await sourcePage.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    );
    await pickLibraryRole(sourcePage, 'Finance', 'Financial Analyst');
    await next(sourcePage, 'Objectives');
    await addObjective(sourcePage, 'Close the books in five working days');
    await next(sourcePage, 'KPIs');
    await linkAllKpis(sourcePage);
    await sourcePage.getByText('Export or import this role as JSON').click();
    await sourcePage.getByRole('button', { name: 'Export JSON' }).click();
    const exportBox = sourcePage.getByLabel('Role file (JSON)');
    await expect(exportBox.getAttribute('readonly')).resolves.not.toBeNull();
    const text = await exportBox.inputValue();
    const exported = JSON.parse(text) as { template: { role: string; kpis: unknown[] } };
    expect(exported.template.role).toBe('Financial Analyst');
    await expect(
      sourcePage.getByRole('link', { name: /^Download financial-analyst/ }).count(),
    ).resolves.toBe(1);

    await sourcePage.getByRole('button', { name: 'Copy', exact: true }).click();
    await sourcePage.getByText(/press (Ctrl\+C|⌘C) to copy it/).waitFor();
    const selection = await exportBox.evaluate((box: HTMLTextAreaElement) => ({
      focused: document.activeElement === box,
      selected: box.value.slice(box.selectionStart, box.selectionEnd),
    }));
    expect(selection).toEqual({ focused: true, selected: text });
    await source.shot('33-export-text');

    const target = await session({ emulator: createSidebarEmulator() });
    const { page } = target;
    await target.open('showNewRoleWizard');
    await page.getByText('Export or import this role as JSON').click();
    const pasteBox = page.getByLabel("Or paste a role file's JSON");
    const broken = JSON.parse(text) as { template: { kpis: Array<Record<string, unknown>> } };
    const firstKpi = broken.template.kpis[0];
    if (firstKpi) firstKpi.target = 'ten';
    await pasteBox.fill(JSON.stringify(broken));
    await page.getByRole('button', { name: 'Import pasted JSON' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('That text cannot be imported');
    await expect(alert.textContent()).resolves.toContain('KPI 1, Target: enter a number');
    await target.shot('34-paste-import-error');

    await pasteBox.fill('{ "format": "kpi-framework-builder/role-template", ');
    await page.getByRole('button', { name: 'Import pasted JSON' }).click();
    await expect(alert.textContent()).resolves.toContain('not valid JSON');

    await pasteBox.fill(text);
    await page.getByRole('button', { name: 'Import pasted JSON' }).click();
    await page.getByText('Imported "Financial Analyst"').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.getByLabel('Role name').inputValue()).resolves.toBe('Financial Analyst');
    await expect(pasteBox.inputValue()).resolves.toBe('');
    await target.shot('35-paste-imported');
    await setOwner(page);
    await step(page, 'Preview').click();
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();
    expect(roleRows(target, 'Financial Analyst').length).toBe(exported.template.kpis.length);
  });

  test('offers the text to copy, and no broken link, where the sandbox refuses Blob URLs', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await page.evaluate(() => {
      URL.createObjectURL = () => {
        throw new DOMException('Blob URLs are blocked here.', 'SecurityError');
      };
    });
    await pickLibraryRole(page, 'Finance', 'Financial Analyst');
    await page.getByText('Export or import this role as JSON').click();
    await page.getByRole('button', { name: 'Export JSON' }).click();
    await expect(
      page
        .getByText('This sidebar cannot download files here: copy the text below instead.')
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('link', { name: /^Download / }).count()).resolves.toBe(0);
    const text = await page.getByLabel('Role file (JSON)').inputValue();
    expect((JSON.parse(text) as { template: { role: string } }).template.role).toBe(
      'Financial Analyst',
    );
  });

  test('copies the exported text with the Clipboard API, and selects it when the API refuses', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    // The harness page is not a secure context, so it has no real Clipboard API: stand one in that
    // records what it was given, as Sheets' iframe does when the browser allows clipboard writes.
    await page.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copiedTexts: copied });
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
      });
    });
    await pickLibraryRole(page, 'Finance', 'Financial Analyst');
    await page.getByText('Export or import this role as JSON').click();
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const exportBox = page.getByLabel('Role file (JSON)');
    const text = await exportBox.inputValue();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText(/^Copied\./).waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts),
    ).resolves.toEqual([text]);

    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: () =>
            Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        },
      }),
    );
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText(/press (Ctrl\+C|⌘C) to copy it/).waitFor();
    await expect(
      exportBox.evaluate((box: HTMLTextAreaElement) => box.selectionEnd - box.selectionStart),
    ).resolves.toBe(text.length);

    // An edit after the export takes the stale text away; exporting again gives the new role.
    await page.getByLabel('Role name').fill('Senior Financial Analyst');
    await expect(exportBox.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Export JSON' }).click();
    await expect(exportBox.inputValue()).resolves.toContain('"role": "Senior Financial Analyst"');
  });

  test('explains a name the KPI Register already has and offers another name or editing that role', async () => {
    const emulator = createSidebarEmulator();
    const started = await session({ emulator });
    const role = findLibraryRole('sales/account-executive');
    if (!role) throw new Error('The library has no Account Executive.');
    saveLinkedLibraryRole(started, role);
    emulator.endExecution();

    const { page } = started;
    await started.open('showNewRoleWizard');
    await pickLibraryRole(page, 'Sales', 'Account Executive');
    const conflict = page.getByRole('alert').filter({ hasText: 'already in the KPI Register' });
    await expect(conflict.textContent()).resolves.toContain('"Account Executive"');
    await started.shot('15-name-taken');

    await setOwner(page);
    await step(page, 'Preview').click();
    await expect(createButton(page).isDisabled()).resolves.toBe(true);
    await expect(
      page.getByRole('list', { name: 'Why the role cannot be saved yet' }).textContent(),
    ).resolves.toContain('already in the KPI Register');
    await started.shot('16-name-taken-preview');

    await page.getByRole('button', { name: 'Choose another name' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('role-name');
    await page.keyboard.type('account executive');
    await expect(conflict.count()).resolves.toBe(1);
    await page.getByLabel('Role name').fill('Account Executive (EMEA)');
    await expect(conflict.count()).resolves.toBe(0);

    await page.getByLabel('Role name').fill('Account Executive');
    await page.getByRole('button', { name: 'Edit Account Executive' }).click();
    await page.getByRole('heading', { name: 'Edit role: Account Executive' }).waitFor();
    await expect(conflict.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('role-step-title');
    await expect(
      page.getByRole('button', { name: 'Edit role' }).getAttribute('aria-current'),
    ).resolves.toBe('page');

    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.locator('summary', { hasText: 'Sales' }).first().click();
    await expect(
      page.locator('summary', { hasText: 'Account Executive' }).textContent(),
    ).resolves.toContain('in your KPI Register');
    await expect(
      page.locator('summary', { hasText: 'Sales Manager' }).textContent(),
    ).resolves.not.toContain('in your KPI Register');
  });

  test('moves focus to the heading of each step and of the saved role', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    await pickLibraryRole(page, 'Sales', 'Account Executive');
    await next(page, 'Objectives');
    await expect(focusedId()).resolves.toBe('objectives-step-title');
    await addObjective(page, 'Grow new-business revenue 20% this year');
    await step(page, 'KPIs').click();
    await expect(focusedId()).resolves.toBe('kpis-step-title');
    await linkAllKpis(page);
    await setOwner(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(focusedId()).resolves.toBe('kpis-step-title');
    await step(page, 'Preview').click();
    await expect(focusedId()).resolves.toBe('preview-step-title');
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();
    await expect(focusedId()).resolves.toBe('done-title');
  });

  test('blocks creation while the weights are not 100% until they are normalised', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await pickLibraryRole(page, 'Sales', 'Account Executive');
    await next(page, 'Objectives');
    await addObjective(page, 'Grow new-business revenue 20% this year');
    await next(page, 'KPIs');
    await linkAllKpis(page);
    await page.locator('li.kpi').first().getByLabel('Weight %').fill('60');
    await expect(page.getByTestId('weight-meter').textContent()).resolves.toMatch(/130%/);
    await started.shot('40-weights-over');

    await setOwner(page);
    await step(page, 'Preview').click();
    await expect(createButton(page).isDisabled()).resolves.toBe(true);
    await expect(
      page.getByRole('list', { name: 'Why the role cannot be saved yet' }).textContent(),
    ).resolves.toContain('not 100%');
    await started.shot('41-create-blocked');

    await step(page, 'KPIs').click();
    await page.getByRole('button', { name: 'Normalise to 100%' }).click();
    await expect(page.getByTestId('weight-meter').textContent()).resolves.toContain('exactly 100%');
    await started.shot('42-normalised');
    await step(page, 'Preview').click();
    await expect(createButton(page).isEnabled()).resolves.toBe(true);
    await createButton(page).click();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();
    const weights = roleRows(started, 'Account Executive').map((row) => Number(row.Weight));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    // Stored as percent points or as fractions; either way the role sums to exactly 100%.
    expect([100, 1]).toContainEqual(Math.round(total * 1e6) / 1e6);
  });

  test('renders names like <img src=x onerror=alert(1)> as text and runs nothing', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await page.getByLabel('Role name').fill(XSS);
    await next(page, 'Objectives');
    await addObjective(page, XSS);
    await next(page, 'KPIs');
    await addCustomKpi(page, {
      name: XSS,
      definition: `Counts ${XSS} events measured every month.`,
      unit: 'count',
      target: '10',
      weight: '100',
      category: 'Development',
    });
    await step(page, 'Preview').click();
    await started.shot('50-xss-preview');

    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('.preview-table').textContent()).resolves.toContain(XSS);
    await expect(page.locator('.summary').textContent()).resolves.toContain(XSS);
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    await page.waitForTimeout(100);
    expect(started.dialogs).toEqual([]);
  });

  test('shows a failed call as an error and never submits twice', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await pickLibraryRole(page, 'Sales', 'Account Executive');
    await next(page, 'Objectives');
    await addObjective(page, 'Grow new-business revenue 20% this year');
    await next(page, 'KPIs');
    await linkAllKpis(page);
    await setOwner(page);
    await step(page, 'Preview').click();

    // Someone else is saving in this spreadsheet: the server cannot take the document lock.
    started.emulator.lockBusy(started.spreadsheet);
    await createButton(page).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim().length).toBeGreaterThan(10);
    await started.shot('60-call-failed');
    expect(roleRows(started, 'Account Executive')).toEqual([]);

    started.emulator.lockFree(started.spreadsheet);
    await expect(createButton(page).isEnabled()).resolves.toBe(true);
    const calls = started.serverCalls.length;
    await createButton(page).dblclick();
    await page.getByRole('heading', { name: 'Role created' }).waitFor();
    expect(started.serverCalls.slice(calls).filter((name) => name === 'saveRole')).toEqual([
      'saveRole',
    ]);
    expect(roleRows(started, 'Account Executive').length).toBe(
      findLibraryRole('sales/account-executive')?.kpis.length,
    );
  });

  test('starts a role from a role browsed in the library', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showKpiLibrary');
    await page.getByText('Sales', { exact: false }).first().click();
    await page.locator('summary', { hasText: 'Account Executive' }).click();
    await started.shot('70-library');
    await page.getByRole('button', { name: 'Start a role from Account Executive' }).click();
    await expect(page.getByLabel('Role name').inputValue()).resolves.toBe('Account Executive');
    await expect(
      page.getByRole('button', { name: 'New role' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await step(page, 'KPIs').click();
    await expect(page.locator('li.kpi').count()).resolves.toBe(
      findLibraryRole('sales/account-executive')?.kpis.length,
    );
  });

  test('saves settings, rejects a bad one readably and turns reminders on', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showSettings');
    const dueSoon = page.getByLabel('Due soon (days before the next review)');
    await dueSoon.waitFor();
    await dueSoon.fill('soon');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/due soon/i);
    await started.shot('80-settings-error');

    await dueSoon.fill('7');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const saved = started.addon.getSettings?.() as { settings: { dueSoonDays: number } };
    expect(saved.settings.dueSoonDays).toBe(7);

    await page.getByRole('checkbox', { name: 'Check reviews daily for this spreadsheet' }).check();
    await eventually(page, () => started.emulator.triggers().length > 0);
    expect(started.emulator.triggers().map((trigger) => trigger.handler)).toEqual([
      'runScheduledReviews',
    ]);
    await expect(page.getByTestId('last-run').textContent()).resolves.toContain('never');
    await started.shot('81-settings');
  });

  test('shows a short how-to', async () => {
    const started = await session();
    await started.open('showHelp');
    await started.page.getByRole('heading', { name: 'How to use KPI Framework Builder' }).waitFor();
    await expect(
      started.page.getByRole('heading', { level: 2 }).allTextContents(),
    ).resolves.toEqual([
      'Design a role',
      'Score in cells',
      'People and review periods',
      'See the whole picture',
      'Keep reviews on schedule',
    ]);
    await started.shot('90-help');
  });

  test('labels every control and can be driven from the keyboard', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    await pickLibraryRole(page, 'Sales', 'Account Executive');
    const unlabelled = async () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('input, select, textarea, button'))
          .filter((element) => {
            const control = element as HTMLInputElement;
            const named =
              (control.labels?.length ?? 0) > 0 ||
              control.getAttribute('aria-label') ||
              (element.tagName === 'BUTTON' && element.textContent?.trim());
            return !named;
          })
          .map((element) => element.outerHTML),
      );
    for (const label of ['Role', 'Objectives', 'KPIs', 'Review', 'Preview']) {
      await step(page, label).click();
      if (label === 'KPIs')
        await page
          .getByRole('button', { name: /Edit details/ })
          .first()
          .click();
      await expect(unlabelled()).resolves.toEqual([]);
    }

    await step(page, 'Role').click();
    await page.getByLabel('Job summary').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Objectives' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBeTruthy();
  });
});

describe('the sidebar in a 300 px Sheets sidebar with its scrollbar', () => {
  const VIEW_TABS = ['New role', 'Edit role', 'Library', 'Settings', 'Help'];

  function viewTab(page: Page, label: string): Locator {
    return page
      .getByRole('navigation', { name: 'Sidebar sections' })
      .getByRole('button', { name: label, exact: true });
  }

  async function tabTops(page: Page): Promise<number[]> {
    return page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('nav.tabs .tab')).map(
        (tab) => tab.offsetTop,
      ),
    );
  }

  test('lays out every view on one line of tabs with nothing wider than the sidebar', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showNewRoleWizard');
    const widths = await page.evaluate(() => ({
      window: window.innerWidth,
      content: document.documentElement.clientWidth,
    }));
    expect(widths.window).toBe(SIDEBAR_WIDTH);
    // The scrollbar takes its share, as in Sheets: about 285 px are left for the page.
    expect(widths.content).toBeLessThan(SIDEBAR_WIDTH);
    expect(widths.content).toBeGreaterThanOrEqual(SIDEBAR_WIDTH - 20);

    for (const label of VIEW_TABS) {
      await viewTab(page, label).click();
      await expect(viewTab(page, label).getAttribute('aria-current')).resolves.toBe('page');
      await page.locator('h1').first().waitFor();
      const tops = await tabTops(page);
      expect(tops).toHaveLength(VIEW_TABS.length);
      expect(new Set(tops).size).toBe(1);
      await expect(
        page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        })),
      ).resolves.toEqual({ scroll: widths.content, client: widths.content });
      await expect(sidebarLayoutProblems(page)).resolves.toEqual([]);
    }

    await viewTab(page, 'New role').click();
    await pickLibraryRole(page, 'Sales', 'Account Executive');
    for (const label of ['Objectives', 'KPIs', 'Review', 'Preview']) {
      await step(page, label).click();
      if (label === 'KPIs') {
        await page
          .getByRole('button', { name: /Edit details/ })
          .first()
          .click();
      }
      await page.getByText('Export or import this role as JSON').click();
      await expect(sidebarLayoutProblems(page)).resolves.toEqual([]);
      await page.getByText('Export or import this role as JSON').click();
    }
  });

  test('shows a long objective readably in the "Link unlinked KPIs" drop-down', async () => {
    const started = await session();
    const { page } = started;
    const objective = 'Keep every site running safely and on schedule';
    seedObjective(started, objective);
    await started.open('showNewRoleWizard');
    await pickLibraryRole(page, 'Sales', 'Account Executive');
    await next(page, 'Objectives');
    await page.getByRole('checkbox', { name: new RegExp(objective) }).check();
    await next(page, 'KPIs');
    const linkTarget = page.getByLabel(/^Link \d+ unlinked KPIs? to$/);
    await expect(
      linkTarget.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).resolves.toBe(objective);
    await started.shot('04-kpis-unlinked');

    const fit = await linkTarget.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const canvas = document.createElement('canvas').getContext('2d');
      if (canvas) canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const box = select.getBoundingClientRect();
      const row = select.parentElement?.getBoundingClientRect();
      return {
        // What the select has for its text: its content box less the drop-down arrow.
        shown:
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20,
        needed: canvas?.measureText(select.selectedOptions[0]?.text ?? '').width ?? 0,
        insideRow: !!row && box.left >= row.left - 0.5 && box.right <= row.right + 0.5,
        insideViewport: box.right <= document.documentElement.clientWidth,
      };
    });
    expect(fit.needed).toBeGreaterThan(0);
    expect(fit.shown).toBeGreaterThanOrEqual(Math.min(fit.needed, MIN_SELECT_TEXT_WIDTH));
    expect(fit.insideRow).toBe(true);
    expect(fit.insideViewport).toBe(true);
    await expect(new Set(await tabTops(page)).size).toBe(1);

    await linkAllKpis(page);
    await expect(linkTarget.count()).resolves.toBe(0);
  });

  test('points an empty Edit role view to New role, where role files are imported', async () => {
    const started = await session();
    const { page } = started;
    await started.open('showEditRoleWizard');
    const empty = page.getByText('The KPI Register has no roles yet.');
    await expect(empty.textContent()).resolves.toContain('Export or import this role as JSON');
    await started.shot('23-edit-empty');

    await page.getByRole('button', { name: 'Go to New role' }).click();
    await expect(viewTab(page, 'New role').getAttribute('aria-current')).resolves.toBe('page');
    await page.getByText('Export or import this role as JSON').click();
    await expect(page.getByLabel('Import a role file (.json)').count()).resolves.toBe(1);
  });

  test('moves to the New role tab when a role file is imported while a role is being edited', async () => {
    const emulator = createSidebarEmulator();
    const started = await session({ emulator });
    const saved = findLibraryRole('sales/account-executive');
    const imported = findLibraryRole('finance/financial-analyst');
    if (!saved || !imported) throw new Error('The library lacks the roles this test uses.');
    const objective = saveLinkedLibraryRole(started, saved);
    emulator.endExecution();
    const file = roleFileText(
      libraryRoleToTemplate(imported, { owner: OWNER, objectives: [objective] }),
    );

    const { page } = started;
    await started.open('showEditRoleWizard');
    await page.getByRole('button', { name: 'Edit Account Executive' }).click();
    await page.getByRole('heading', { name: 'Edit role: Account Executive' }).waitFor();
    await page.getByText('Export or import this role as JSON').click();
    await page.getByText('Importing starts a new role from the file').waitFor();
    await page.getByLabel('Import a role file (.json)').setInputFiles({
      name: 'financial-analyst.kpi-role.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await page.getByText('Imported "Financial Analyst"').waitFor();
    await started.shot('36-imported-while-editing');

    await expect(
      page.getByRole('heading', { name: 'New role', exact: true }).count(),
    ).resolves.toBe(1);
    await expect(viewTab(page, 'New role').getAttribute('aria-current')).resolves.toBe('page');
    await expect(viewTab(page, 'Edit role').getAttribute('aria-current')).resolves.toBeNull();
    await expect(page.getByLabel('Role name').inputValue()).resolves.toBe('Financial Analyst');
    await expect(page.getByLabel('Role name').getAttribute('readonly')).resolves.toBeNull();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('role-step-title');

    await viewTab(page, 'Edit role').click();
    await page.getByRole('button', { name: 'Edit Account Executive' }).waitFor();
  });
});
