/**
 * Editing cells in the playground as Sheets edits them, in Chromium: protected ranges a script
 * made (a warning-only one asks first, one the person is not an editor of refuses), and text that
 * starts with "=" staying text. Run with `npx jest test/e2e/playground --runInBand` after
 * `npm run build`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { appsScriptGlobals, createEmulator } from '../../emulator';
import { PROTECTED_REFUSAL, WARNING_TEXT, WARNING_TITLE } from '../../playground/protections';
import {
  cell,
  cellText,
  openPage,
  openSheet,
  saveScriptedWorkbook,
  shot,
  typeInto,
  playgroundSuite,
  startWithWorkbook,
} from './playground-harness';

const suite = playgroundSuite('editing');

const OWNER = 'finance.lead@example.com';
const PERSON = 'hr.lead@example.com';

/**
 * A spreadsheet the finance lead owns and shares with the HR lead: a closed quarter protected
 * with a warning only, targets only the finance lead may edit, and text cells that start with "=".
 */
function scriptProtectedWorkbook(file: string): void {
  const emulator = createEmulator({ now: new Date('2026-04-01T07:00:00Z'), user: OWNER });
  emulator.createSpreadsheet('Closed quarter');
  const ss = appsScriptGlobals(emulator).SpreadsheetApp.getActiveSpreadsheet();
  const scores = ss.getSheets()[0]!.setName('Scores');
  scores.getRange('A1:D4').setValues([
    ['Team', 'Q1 actual', 'Q2 actual', 'Target'],
    ['Sales', 40, 50, 60],
    ['Support', 30, 35, 40],
    ['People', 20, 25, 30],
  ]);
  scores.getRange('B2:B4').protect().setDescription('Q1 is closed').setWarningOnly(true);
  const targets = scores.getRange('D2:D4').protect().setDescription('Targets');
  targets.removeEditors(targets.getEditors());
  scores.getRange('A6').setValue("'=1+1");
  scores.getRange('B6').setFormula('=A6&"!"');
  scores.getRange('A7').setNumberFormat('@').setValue('={1;2;3}');
  scores.getRange('B7').setFormula('=LEN(A7)');
  // The person at the page is the HR lead, an editor of the spreadsheet but not of the targets.
  emulator.setUser(PERSON);
  saveScriptedWorkbook(file, emulator);
}

/** Double-clicks a cell, types, and presses Enter, without waiting for what follows. */
async function startEdit(page: Page, row: number, column: number, text: string): Promise<void> {
  await cell(page, row, column).dblclick();
  const input = cell(page, row, column).locator('input');
  await input.fill(text);
  await input.press('Enter');
}

async function formulaBarOf(page: Page, row: number, column: number): Promise<string> {
  await cell(page, row, column).click();
  return page.locator('#formula-input').inputValue();
}

describe('editing cells in the playground', () => {
  test('asks before editing a warning-only protected range, and refuses a range the person may not edit', async () => {
    const workbook = path.join(suite.workDir, 'protected', 'workbook.json');
    scriptProtectedWorkbook(workbook);
    const playground = await startWithWorkbook(workbook);
    const { page, errors } = await openPage(suite.browser, playground);
    await openSheet(page, 'Scores');
    const question = page.locator('#confirm-dialog');

    // Cancel keeps the old value.
    await startEdit(page, 2, 2, '99');
    await question.waitFor();
    await expect(question.locator('h2').textContent()).resolves.toBe(WARNING_TITLE);
    await expect(question.locator('p').textContent()).resolves.toBe(WARNING_TEXT);
    await shot(page, '30-protected-warning');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'hidden' });
    await expect(cellText(page, 2, 2, /^40$/)).resolves.toBe('40');

    // OK writes it.
    await startEdit(page, 2, 2, '99');
    await question.waitFor();
    await question.getByRole('button', { name: 'OK' }).click();
    await expect(cellText(page, 2, 2, /^99$/)).resolves.toBe('99');

    // Cells outside the protections take an edit without a word.
    await typeInto(page, 2, 3, '77');
    await expect(cellText(page, 2, 3, /^77$/)).resolves.toBe('77');
    await expect(question.isHidden()).resolves.toBe(true);

    // The targets are the finance lead's alone: Sheets refuses, and the value stays.
    await startEdit(page, 3, 4, '1');
    const refusal = page.locator('#message-dialog');
    await refusal.waitFor();
    await expect(refusal.locator('#message-text').textContent()).resolves.toBe(PROTECTED_REFUSAL);
    await shot(page, '31-protected-refusal');
    await refusal.getByRole('button', { name: 'OK' }).click();
    await expect(cellText(page, 3, 4, /^40$/)).resolves.toBe('40');

    // The server refuses an edit of the warning-only range that nobody confirmed.
    const unconfirmed = await page.request.post(`${playground.url}api/cell`, {
      data: { sheet: 'Scores', row: 3, column: 2, input: '5' },
    });
    expect(unconfirmed.status()).toBe(409);
    await expect(unconfirmed.json()).resolves.toEqual({
      error: `${WARNING_TITLE} ${WARNING_TEXT}`,
    });
    await page.reload();
    await openSheet(page, 'Scores');
    await expect(cellText(page, 3, 2, /^30$/)).resolves.toBe('30');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('shows text that starts with "=" as text, never as a formula, and a typed formula as a formula that spills', async () => {
    const workbook = path.join(suite.workDir, 'text', 'workbook.json');
    scriptProtectedWorkbook(workbook);
    const playground = await startWithWorkbook(workbook);
    const { page, errors } = await openPage(suite.browser, playground);
    await openSheet(page, 'Scores');
    await expect(cellText(page, 6, 1, /=/)).resolves.toBe('=1+1');
    await expect(cellText(page, 6, 2, /=/)).resolves.toBe('=1+1!');
    // Text in a plain-text cell neither evaluates nor spills into the cells below it.
    await expect(cellText(page, 7, 1, /=/)).resolves.toBe('={1;2;3}');
    await expect(cell(page, 8, 1).textContent()).resolves.toBe('');
    await expect(cellText(page, 7, 2, /\d/)).resolves.toBe('8');
    // The formula bar shows what to type to get that text back, as Sheets does.
    await expect(formulaBarOf(page, 6, 1)).resolves.toBe("'=1+1");
    await expect(formulaBarOf(page, 7, 1)).resolves.toBe('={1;2;3}');

    // Typed with an apostrophe, it stays text; typed without, it is a formula.
    await typeInto(page, 9, 1, "'=2+2");
    await typeInto(page, 9, 2, '=A9&"?"');
    await typeInto(page, 10, 1, '=2+2');
    await expect(cellText(page, 9, 1, /=/)).resolves.toBe('=2+2');
    await expect(cellText(page, 9, 2, /\?/)).resolves.toBe('=2+2?');
    await expect(cellText(page, 10, 1, /4/)).resolves.toBe('4');
    // Editing the text again starts from its apostrophe, so Enter keeps it text.
    await cell(page, 9, 1).dblclick();
    await expect(cell(page, 9, 1).locator('input').inputValue()).resolves.toBe("'=2+2");
    await cell(page, 9, 1).locator('input').press('Enter');
    await expect(cellText(page, 9, 2, /\?/)).resolves.toBe('=2+2?');
    // A formula typed without the apostrophe spills, below the last typed row too.
    await typeInto(page, 12, 3, '={7;8;9}');
    await expect(cellText(page, 14, 3, /9/)).resolves.toBe('9');
    await expect(formulaBarOf(page, 13, 3)).resolves.toBe('8');
    await shot(page, '32-text-starting-with-equals');
    expect(errors).toEqual([]);
    await page.close();
  });
});
