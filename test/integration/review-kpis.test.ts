/**
 * The KPI's own review — Review selected KPIs — through the built add-on on the emulator: keep,
 * revise and retire decisions, the register and log they write, the scorecard version a revision
 * of numbers makes, and batches refused whole with nothing written.
 */
import { createEmulator, type Emulator, type EmulatedSpreadsheet } from '../../emulator';
import type { ReviewContext, ReviewKpisResult } from '../../src/core/sidebar-api';
import { loadAddon, type AddonContext, run } from '../helpers/addon';
import { errorLanguageOption } from '../helpers/error-language';
import { libraryTemplate } from '../helpers/role-fixtures';

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
  run(emu, () =>
    addon.saveRole({ template: libraryTemplate('sales/account-executive'), mode: 'create' }),
  );
  return { emu, addon, book };
}

function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
  };
}

function registerRows(book: EmulatedSpreadsheet): Array<Record<string, unknown>> {
  const [header = [], ...rows] = book.peekSheet('KPI Register')?.values ?? [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((name, index) => [String(name), row[index]])));
}

function logRows(book: EmulatedSpreadsheet): unknown[][] {
  return (book.peekSheet('Review Log')?.values ?? []).slice(1);
}

function review(setup: Setup, decisions: unknown[]): ReviewKpisResult {
  return run(setup.emu, () => setup.addon.reviewKpis({ decisions })) as ReviewKpisResult;
}

const DAY = new Date('2026-03-02T00:00:00Z');

describe('the review view', () => {
  it('shows every KPI of the selected KPIs’ role, the selected ones marked', () => {
    const setup = setUp();
    setup.emu.setActiveRange(setup.book, "'KPI Register'!C2:D3");
    const context = run(setup.emu, () => setup.addon.getReviewContext()) as ReviewContext;
    expect(context.today).toBe('2026-03-02');
    expect(context.roles.map((role) => role.role)).toEqual(['Account Executive']);
    const kpis = context.roles[0]?.kpis ?? [];
    expect(kpis.length).toBe(registerRows(setup.book).length);
    expect(kpis.filter((kpi) => kpi.selected).map((kpi) => kpi.kpiId)).toEqual([
      'KPI-0001',
      'KPI-0002',
    ]);
    expect(kpis[0]).toMatchObject({ status: 'Active', effectiveFrom: '2026-03-02', health: null });
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
  });

  it('says where to select when the selection is not on the KPI Register', () => {
    const setup = setUp();
    setup.emu.setActiveRange(setup.book, "'Objectives'!A2");
    expect(() => run(setup.emu, () => setup.addon.getReviewContext())).toThrow(
      /Select the rows of the KPIs to review on the "KPI Register" sheet/,
    );
  });
});

describe('review decisions', () => {
  it('keeps a KPI: stamps Last reviewed, sets its next review and logs it', () => {
    const setup = setUp();
    const result = review(setup, [{ kpiId: 'KPI-0001', decision: 'Keep', note: 'Still fits.' }]);
    expect(result).toMatchObject({ ok: true, kept: ['KPI-0001'], revised: [], retired: [] });
    const row = registerRows(setup.book)[0];
    expect(row?.['Last reviewed']).toEqual(DAY);
    expect(row?.['Review status']).toBe('Up to date');
    // Midnight in London, on summer time by June.
    expect(row?.['Next review']).toEqual(new Date('2026-06-01T23:00:00Z'));
    const logged = logRows(setup.book).find((line) => line[4] === 'Kept');
    expect(logged?.slice(1, 2)).toEqual(['KPI-0001']);
    expect(logged?.[5]).toBe('Kept as it is in the review of 2026-03-02. Note: Still fits.');
    expect(logged?.[6]).toBe('Review selected KPIs');
    // Nothing the scorecard shows changed: no new version.
    expect(result.scorecards).toEqual([]);
  });

  it('revises numbers and weights: logs old and new values and writes a new scorecard version', () => {
    const setup = setUp();
    const rows = registerRows(setup.book);
    const [first, second] = rows;
    const firstWeight = Math.round(Number(first?.Weight) * 100);
    const secondWeight = Math.round(Number(second?.Weight) * 100);
    const target = Number(first?.Target);
    const result = review(setup, [
      {
        kpiId: 'KPI-0001',
        decision: 'Revise',
        note: 'Market grew.',
        changes: { target: target * 1.1, weight: firstWeight + 5 },
        effectiveFrom: '2026-04-01',
      },
      { kpiId: 'KPI-0002', decision: 'Revise', note: '', changes: { weight: secondWeight - 5 } },
    ]);

    expect(result.revised).toEqual(['KPI-0001', 'KPI-0002']);
    const after = registerRows(setup.book);
    expect(after[0]?.Target).toBeCloseTo(target * 1.1, 10);
    expect(after[0]?.Weight).toBeCloseTo((firstWeight + 5) / 100, 10);
    expect(after[0]?.['Effective from']).toEqual(new Date('2026-03-31T23:00:00Z'));
    expect(after[1]?.['Effective from']).toEqual(DAY);
    const logged = logRows(setup.book).filter((line) => line[4] === 'Revised');
    expect(String(logged[0]?.[5])).toMatch(
      /^Target .+ → .+; Weight \d+% → \d+%\. Effective from 2026-04-01\. Note: Market grew\.$/,
    );
    // The scorecard in use shows the new numbers; the one it replaces keeps its own.
    expect(result.scorecards).toEqual([
      { role: 'Account Executive', sheetName: 'Account Executive' },
    ]);
    expect(setup.book.peekSheetNames()).toContain('Account Executive (until 2026-03-02)');
  });

  it('retires a KPI once its weight moves to another in the same batch', () => {
    const setup = setUp();
    const rows = registerRows(setup.book);
    const last = rows[rows.length - 1];
    const first = rows[0];
    const moved = Math.round(Number(last?.Weight) * 100) + Math.round(Number(first?.Weight) * 100);
    const result = review(setup, [
      { kpiId: String(last?.['KPI ID']), decision: 'Retire', note: 'No longer tracked.' },
      { kpiId: 'KPI-0001', decision: 'Revise', note: '', changes: { weight: moved } },
    ]);
    expect(result.retired).toEqual([String(last?.['KPI ID'])]);
    const retired = registerRows(setup.book).find((row) => row['KPI ID'] === last?.['KPI ID']);
    expect(retired).toMatchObject({ 'KPI status': 'Retired', 'Review status': 'Retired' });
    // The row and its history stay.
    expect(registerRows(setup.book)).toHaveLength(rows.length);
  });

  it('refuses a whole batch that would leave the role weighing less than 100%, writing nothing', () => {
    const setup = setUp();
    const before = snapshot(setup.book);
    expect(() =>
      review(setup, [
        { kpiId: 'KPI-0001', decision: 'Keep', note: '' },
        { kpiId: 'KPI-0002', decision: 'Retire', note: '' },
      ]),
    ).toThrow(/Account Executive: its Active KPIs would weigh \d+(\.\d+)?% in all/);
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('names every problem of a bad batch at once and writes nothing', () => {
    const setup = setUp();
    const before = snapshot(setup.book);
    let message = '';
    try {
      review(setup, [
        { kpiId: 'KPI-9999', decision: 'Keep', note: '' },
        { kpiId: 'KPI-0001', decision: 'Revise', note: '' },
        { kpiId: 'KPI-0002', decision: 'Keep', note: '', changes: { target: 5 } },
      ]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/KPI-9999 is not a KPI in the KPI Register/);
    expect(message).toMatch(/KPI-0001: Revise needs at least one change/);
    expect(message).toMatch(/KPI-0002: only a Revise decision carries changes/);
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('refuses a threshold on the wrong side of the target, naming the KPI and the fix', () => {
    const setup = setUp();
    const first = registerRows(setup.book)[0];
    const before = snapshot(setup.book);
    expect(() =>
      review(setup, [
        {
          kpiId: 'KPI-0001',
          decision: 'Revise',
          note: '',
          changes: { threshold: Number(first?.Target) * 2 },
        },
      ]),
    ).toThrow(/KPI-0001: .*threshold/i);
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('refuses a malformed payload readably', () => {
    const setup = setUp();
    expect(() => run(setup.emu, () => setup.addon.reviewKpis({ decisions: [] }))).toThrow(
      /The review was not saved — fix these and try again: .*choose a decision for at least one KPI/,
    );
    expect(() =>
      run(setup.emu, () =>
        setup.addon.reviewKpis({ decisions: [{ kpiId: 'KPI-0001', decision: 'Archive' }] }),
      ),
    ).toThrow(/choose Keep, Revise or Retire/);
  });
});
