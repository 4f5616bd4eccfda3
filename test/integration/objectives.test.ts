/**
 * The Objectives view's server functions through the built add-on on the emulator: adding and
 * editing objectives, the coverage the view shows, refusals that write nothing, and IDs that are
 * never issued twice.
 */
import { createEmulator, type Emulator, type EmulatedSpreadsheet } from '../../emulator';
import type { ObjectivesContext, SaveObjectivesResult } from '../../src/core/sidebar-api';
import { loadAddon, type AddonContext, run } from '../helpers/addon';
import { libraryTemplate } from '../helpers/role-fixtures';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
  book: EmulatedSpreadsheet;
}

function setUp(): Setup {
  const emu = createEmulator({ now: new Date('2026-03-02T10:00:00Z') });
  const book = emu.createSpreadsheet('People KPIs', { timeZone: 'Europe/London' });
  const addon = loadAddon(emu);
  run(emu, () => addon.setUpSheets());
  return { emu, addon, book };
}

type Edit = { id: string; objective: string; owner: string; due: string; notes: string };

function edit(fields: Partial<Edit>): Edit {
  return { id: '', objective: '', owner: '', due: '', notes: '', ...fields };
}

function save(setup: Setup, objectives: Edit[]): SaveObjectivesResult {
  return run(setup.emu, () => setup.addon.saveObjectives({ objectives })) as SaveObjectivesResult;
}

function context(setup: Setup): ObjectivesContext {
  return run(setup.emu, () => setup.addon.getObjectivesContext()) as ObjectivesContext;
}

function snapshot(book: EmulatedSpreadsheet): unknown {
  return {
    sheets: book.peekSheetNames().map((name) => book.peekSheet(name)),
    namedRanges: book.peekNamedRanges(),
    metadata: book.peekDeveloperMetadata(),
  };
}

function objectiveCells(book: EmulatedSpreadsheet): unknown[][] {
  const [, ...rows] = book.peekSheet('Objectives')?.values ?? [];
  return rows.filter((row) => row.some((cell) => cell !== ''));
}

describe('saveObjectives', () => {
  it('adds new objectives with the next IDs and reads them back in the view', () => {
    const setup = setUp();
    const result = save(setup, [
      edit({
        objective: 'Grow recurring revenue 20%',
        owner: 'ana@example.com',
        due: '2026-12-31',
      }),
      edit({ objective: 'Cut churn', notes: 'Board ask' }),
    ]);
    expect(result).toMatchObject({ ok: true, created: ['OBJ-001', 'OBJ-002'], updated: [] });
    expect(result.message).toBe('Objectives saved: added OBJ-001, OBJ-002.');
    expect(context(setup).objectives).toEqual([
      {
        id: 'OBJ-001',
        objective: 'Grow recurring revenue 20%',
        owner: 'ana@example.com',
        due: '2026-12-31',
        notes: '',
      },
      { id: 'OBJ-002', objective: 'Cut churn', owner: '', due: '', notes: 'Board ask' },
    ]);
  });

  it('edits one objective in place, writing only its changed cells, and leaves the others alone', () => {
    const setup = setUp();
    save(setup, [edit({ objective: 'Grow revenue' }), edit({ objective: 'Cut churn' })]);
    const sheet = setup.book.getSheetByName('Objectives');
    if (!sheet) throw new Error('no Objectives sheet');
    // A person's own column and formatting beside the objectives stay as they were.
    sheet.getRange(1, 6).setValue('Sponsor');
    sheet.getRange(3, 6).setValue('CFO');
    setup.emu.calls.reset();
    const result = save(setup, [
      edit({ id: 'OBJ-002', objective: 'Cut churn to 5%', due: '2026-06-30' }),
    ]);
    expect(result.updated).toEqual(['OBJ-002']);
    const writes = setup.emu.calls.log.filter(
      (call) => call.endsWith('.setValues') || call.endsWith('.setValue'),
    );
    // Objective and Due are not side by side (Owner is between them, unchanged): two writes.
    expect(writes).toEqual(['Range.setValues', 'Range.setValues']);
    const rows = objectiveCells(setup.book);
    expect(rows[0]?.slice(0, 2)).toEqual(['OBJ-001', 'Grow revenue']);
    expect(rows[1]?.slice(0, 2)).toEqual(['OBJ-002', 'Cut churn to 5%']);
    expect(rows[1]?.[5]).toBe('CFO');
    expect(context(setup).objectives[1]?.due).toBe('2026-06-30');
  });

  it('keeps text that looks like a number or a date exactly as typed', () => {
    const setup = setUp();
    save(setup, [edit({ objective: '1,000', notes: '2025-01-31', owner: '' })]);
    save(setup, [edit({ id: 'OBJ-001', objective: '2025-01-31', notes: '=SUM(1,2)' })]);
    expect(context(setup).objectives[0]).toMatchObject({
      objective: '2025-01-31',
      notes: '=SUM(1,2)',
    });
    expect(
      setup.book
        .peekSheet('Objectives')
        ?.formulas.flat()
        .filter((formula) => formula),
    ).toEqual([]);
  });

  it('never issues an ID twice, even after the highest rows are deleted by hand', () => {
    const setup = setUp();
    save(setup, [
      edit({ objective: 'One' }),
      edit({ objective: 'Two' }),
      edit({ objective: 'Three' }),
    ]);
    setup.book.getSheetByName('Objectives')?.deleteRows(3, 2);
    const result = save(setup, [edit({ objective: 'Four' })]);
    expect(result.created).toEqual(['OBJ-004']);
  });

  it('continues after the IDs the wizard issued', () => {
    const setup = setUp();
    run(setup.emu, () =>
      setup.addon.saveRole({
        template: libraryTemplate('sales/account-executive'),
        mode: 'create',
      }),
    );
    expect(save(setup, [edit({ objective: 'Open Berlin' })]).created).toEqual(['OBJ-002']);
  });

  it('refuses a payload with any problem, names them all, and writes nothing', () => {
    const setup = setUp();
    save(setup, [edit({ objective: 'Grow revenue' }), edit({ objective: 'Cut churn' })]);
    const before = snapshot(setup.book);
    let message = '';
    try {
      save(setup, [
        edit({ id: 'OBJ-009', objective: 'Ghost' }),
        edit({ id: 'OBJ-001', objective: ' ' }),
        edit({ objective: 'cut  CHURN' }),
        edit({ objective: 'Open Berlin', due: '31/12/2026', owner: 'bob' }),
      ]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^The objectives were not saved — nothing was changed\. Fix these 5/);
    expect(message).toContain('OBJ-009 is not on the Objectives sheet');
    expect(message).toContain('OBJ-001: the objective is blank');
    expect(message).toContain('New objective 1: "cut  CHURN" is already the text of OBJ-002');
    expect(message).toContain('New objective 2: owner "bob" is not an email address');
    expect(message).toContain('New objective 2: due date "31/12/2026" is not a date');
    expect(snapshot(setup.book)).toEqual(before);
    // A refused save issues no ID: the next one still gets OBJ-003.
    expect(save(setup, [edit({ objective: 'Open Berlin' })]).created).toEqual(['OBJ-003']);
  });

  it('refuses a malformed request and writes nothing', () => {
    const setup = setUp();
    const before = snapshot(setup.book);
    expect(() => run(setup.emu, () => setup.addon.saveObjectives({ objectives: 'all' }))).toThrow(
      /send \{ objectives: \[\.\.\.\] \}/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('sets the sheets up when a spreadsheet without them adds its first objective', () => {
    const emu = createEmulator({ now: new Date('2026-03-02T10:00:00Z') });
    const book = emu.createSpreadsheet('Fresh', { timeZone: 'Europe/London' });
    const setup = { emu, book, addon: loadAddon(emu) };
    expect(context(setup).sheetsReady).toBe(false);
    expect(save(setup, [edit({ objective: 'Cut churn' })]).created).toEqual(['OBJ-001']);
    expect(context(setup)).toMatchObject({ sheetsReady: true, objectives: [{ id: 'OBJ-001' }] });
  });
});

describe('getObjectivesContext', () => {
  it('shows objectives no Active KPI supports and KPIs aligned to no objective', () => {
    const setup = setUp();
    run(setup.emu, () =>
      setup.addon.saveRole({
        template: libraryTemplate('sales/account-executive'),
        mode: 'create',
      }),
    );
    save(setup, [edit({ objective: 'Open Berlin' })]);
    // A person unlinks one KPI by hand.
    const register = setup.book.getSheetByName('KPI Register');
    if (!register) throw new Error('no register');
    const header = register.getRange(1, 1, 1, register.getLastColumn()).getValues()[0] ?? [];
    register.getRange(2, header.indexOf('Objective') + 1).setValue('');
    // A retired KPI supports nothing, even while its row still names an objective.
    register.getRange(3, header.indexOf('KPI status') + 1).setValue('Retired');
    const { coverage } = context(setup);
    expect(coverage.unsupported).toEqual(['OBJ-002']);
    expect(coverage.unaligned).toEqual([
      { kpiId: 'KPI-0001', role: 'Account Executive', kpi: expect.any(String) },
    ]);
    const kpiCount = libraryTemplate('sales/account-executive').kpis.length;
    expect(coverage.kpiCounts).toEqual({ 'OBJ-001': kpiCount - 2, 'OBJ-002': 0 });
  });
});
