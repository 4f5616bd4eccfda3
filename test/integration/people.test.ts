/**
 * People and review periods through the built add-on on the emulator, formulas evaluated as in
 * Sheets: a company of 3 roles and 30 people goes through start → enter actuals (some N/A) →
 * close → next period, with Results showing each person's weighted score, coverage and rating by
 * formulas, and every refusal writing nothing.
 */
import type {
  CheckPeopleResult,
  ClosePeriodResult,
  PeopleContext,
  ArchivePeriodsResult,
  RenameRoleResult,
  SettingsView,
} from '../../src/core/sidebar-api';
import type { EmulatedSpreadsheet } from '../../emulator';
import {
  kpisOf,
  onTarget,
  Q1,
  Q2,
  records,
  ROLES,
  run,
  setUp,
  snapshot,
  hireLate,
  start,
  type Setup,
} from '../helpers/people-company';

describe('starting a review period', () => {
  it('adds one Scores row per Active person × Active KPI of their role, with a snapshot of each KPI', () => {
    const setup = setUp();
    const result = start(setup);
    const register = records(setup.book, 'KPI Register');
    const kpisPerRole = ROLES.map(([, name]) => register.filter((row) => row.Role === name).length);
    expect(result.added).toBe(kpisPerRole.reduce((sum, count) => sum + count * 10, 0));
    expect(result.skipped).toEqual([]);
    const scores = records(setup.book, 'Scores');
    const first = scores[0];
    const kpi = register.find((row) => row['KPI ID'] === first?.['KPI ID']);
    expect(first).toMatchObject({
      Period: '2027-Q1',
      'Employee ID': 'E-001',
      Employee: 'Lead 0',
      Role: 'Account Executive',
      KPI: kpi?.KPI,
      Target: kpi?.Target,
      Weight: kpi?.Weight,
      Actual: '',
      Score: '',
    });
    const periods = records(setup.book, 'Periods');
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ Period: '2027-Q1', State: 'Open' });
    // A percent KPI's numbers show as percents; other KPIs' as numbers.
    const sheet = setup.book.getSheetByName('Scores');
    const header = (sheet?.getRange(1, 1, 1, 16).getValues()[0] ?? []).map(String);
    const formatOf = (row: number, name: string) =>
      sheet?.getRange(row + 2, header.indexOf(name) + 1).getNumberFormat();
    const percentRow = scores.findIndex((row) => row.Unit === '%');
    const otherRow = scores.findIndex((row) => row.Unit !== '%');
    expect(formatOf(percentRow, 'Target')).toBe('0.00%');
    expect(formatOf(percentRow, 'Actual')).toBe('0.00%');
    expect(formatOf(otherRow, 'Target')).toBe('#,##0.00');
    expect(formatOf(otherRow, 'Weight')).toBe('0%');
    // The Score and Pace columns are one formula each, whatever the number of rows.
    const formulas = (setup.book.peekSheet('Scores')?.formulas ?? []).flat().filter(Boolean);
    expect(formulas.filter((formula) => formula.startsWith('=KPISCORE('))).toHaveLength(1);
    expect(formulas.filter((formula) => formula.startsWith('=KPIPACE('))).toHaveLength(1);
    expect(formulas).toHaveLength(2);
  });

  it('is idempotent: a second run adds only new hires and new KPIs, never changing a row', () => {
    const setup = setUp();
    start(setup);
    const before = records(setup.book, 'Scores');
    expect(start(setup).added).toBe(0);
    const people = setup.book.getSheetByName('People');
    people?.appendRow([
      'E-031',
      'New Hire',
      'new@example.com',
      'Software Engineer',
      'lead2@example.com',
      'North',
      '',
      '',
    ]);
    const again = start(setup);
    const engineerKpis = records(setup.book, 'KPI Register').filter(
      (row) => row.Role === 'Software Engineer',
    ).length;
    expect(again.added).toBe(engineerKpis);
    expect(records(setup.book, 'Scores').slice(0, before.length)).toEqual(before);
  });

  it('leaves out, and says why, people who left, start after the period, have an unknown role or a Status it cannot tell', () => {
    const setup = setUp();
    const people = setup.book.getSheetByName('People');
    people?.getRange(5, 8).setValue('Left');
    people?.getRange(6, 7).setValue(new Date('2027-05-01T00:00:00Z'));
    people?.getRange(7, 4).setValue('Astronaut');
    // An HRIS export's own word for someone who has gone.
    people?.getRange(8, 8).setValue('Terminated');
    const result = start(setup);
    const reasons = result.skipped.map((item) => `${item.employeeId}: ${item.reason}`);
    expect(reasons).toEqual([
      'E-005: starts after the period ends (Start date 2027-05-01)',
      'E-006: role "Astronaut" is not in the KPI Register',
      'E-007: Status "Terminated" is neither Active nor Left',
    ]);
    const scored = new Set(records(setup.book, 'Scores').map((row) => row['Employee ID']));
    expect(scored.has('E-004')).toBe(false);
    expect(scored.has('E-007')).toBe(false);
    expect(scored.size).toBe(26);
  });

  it('finds in People, for Results, a person whose Employee ID was pasted with spaces', () => {
    const setup = setUp();
    setup.book
      .getSheetByName('People')
      ?.getRange(32, 1, 1, 8)
      .setValues([
        [
          '  E-104 ',
          'Pat Spaces',
          'pat@example.com',
          'Account Executive',
          'lead0@example.com',
          'North',
          '',
          '',
        ],
      ]);
    start(setup);
    onTarget(setup, 'E-104');
    const result = records(setup.book, 'Results').find((row) => row.Employee === 'Pat Spaces');
    expect(result).toMatchObject({
      'Employee ID': '  E-104 ',
      Role: 'Account Executive',
      Manager: 'Lead 0',
      Department: 'North',
    });
  });

  it('refuses a period that exists with other dates, bad dates, or one already closed, writing nothing', () => {
    const setup = setUp();
    start(setup);
    const before = snapshot(setup.book);
    for (const [request, message] of [
      [
        { ...Q1, ends: '2027-03-30' },
        /2027-Q1 already exists on the Periods sheet \(row 2\) with other dates/,
      ],
      [
        { ...Q1, period: 'X', starts: '2027-04-01' },
        /Ends \(2027-03-31\) is before Starts \(2027-04-01\)/,
      ],
      [{ ...Q1, period: 'Y', actualsDue: 'soon' }, /Actuals due must be a date as YYYY-MM-DD/],
      [{ ...Q1, period: '' }, /Give the period a label/],
    ] as const) {
      expect(() => start(setup, request as typeof Q1)).toThrow(message);
    }
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('says what to do when the People sheet lists no one yet', () => {
    const setup = setUp();
    setup.book.getSheetByName('People')?.getRange('A2:H40').clearContent();
    const result = start(setup);
    expect(result.added).toBe(0);
    expect(result.message).toContain(
      'The People sheet lists no one yet: add people (or paste an HRIS export), then start 2027-Q1 again to add their rows.',
    );
  });

  it('suggests the period that contains today, by the Settings’ review period', () => {
    const setup = setUp();
    const context = run(setup.emu, () => setup.addon.getPeopleContext()) as PeopleContext;
    expect(context.suggestedPeriod).toEqual({
      period: '2027-Q1',
      starts: '2027-01-01',
      ends: '2027-03-31',
      actualsDue: '2027-04-14',
    });
    expect(context.managers.map((manager) => [manager.email, manager.reports])).toEqual([
      ['lead0@example.com', 9],
      ['lead1@example.com', 9],
      ['lead2@example.com', 9],
    ]);
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
    // Each person only as the views choose them: the list stays small at thousands of people.
    expect(context.people[3]).toEqual({
      employeeId: 'E-004',
      name: 'Person 4',
      managerEmail: 'lead0@example.com',
      status: 'Active',
    });
  });
});

describe('entering actuals and reading Results', () => {
  it('scores each KPI, leaves N/A out, and rates a person only when every KPI that applies is in', () => {
    const setup = setUp();
    start(setup);
    onTarget(setup, 'E-004');
    const form = kpisOf(setup, 'E-005');
    run(setup.emu, () =>
      setup.addon.saveActuals({
        period: Q1.period,
        employeeId: 'E-005',
        actuals: form.rows
          .slice(0, 2)
          .map((row) => ({ kpiId: row.kpiId, actual: row.target, comment: '' })),
      }),
    );
    const results = records(setup.book, 'Results');
    const full = results.find((row) => row['Employee ID'] === 'E-004');
    const kpis = kpisOf(setup, 'E-004').rows.length;
    expect(full).toMatchObject({
      Period: '2027-Q1',
      'Weighted score': 1,
      'KPIs scored': kpis - 1,
      'KPIs expected': kpis - 1,
      Employee: 'Person 4',
      Role: 'Account Executive',
      Manager: 'Lead 0',
      Department: 'South',
      Rating: 'Meets expectations',
    });
    const partial = results.find((row) => row['Employee ID'] === 'E-005');
    const expected = kpisOf(setup, 'E-005').rows.length;
    expect(partial).toMatchObject({
      'Weighted score': '',
      'KPIs scored': 2,
      Rating: `Incomplete (2 of ${expected})`,
    });
    // Everyone with rows has a Results row, by formula: one KPIROLLUP for all of them.
    expect(results).toHaveLength(30);
    const formulas = (setup.book.peekSheet('Results')?.formulas ?? []).flat().filter(Boolean);
    expect(formulas.filter((formula) => formula.includes('KPIROLLUP('))).toHaveLength(1);
    expect(formulas.length).toBeLessThanOrEqual(8);
  });

  it('shows the form with targets, the actuals typed and the comments, exactly as typed', () => {
    const setup = setUp();
    start(setup);
    onTarget(setup, 'E-004');
    const form = kpisOf(setup, 'E-004');
    expect(form.person).toMatchObject({ employeeId: 'E-004', role: 'Account Executive' });
    expect(form.rows[0]).toMatchObject({ actual: 'N/A', comment: 'Does not apply this quarter' });
    expect(form.rows[1]?.actual).toBe(form.rows[1]?.target);
    expect(form.asOf).toBe('2027-02-15');
  });

  it('refuses actuals for a KPI the person does not have, or that are not numbers, writing nothing', () => {
    const setup = setUp();
    start(setup);
    const before = snapshot(setup.book);
    const save = (actuals: unknown[]) =>
      run(setup.emu, () =>
        setup.addon.saveActuals({ period: Q1.period, employeeId: 'E-004', actuals }),
      );
    expect(() => save([{ kpiId: 'KPI-9999', actual: 1, comment: '' }])).toThrow(
      /E-004 has no KPI-9999 in 2027-Q1/,
    );
    expect(() => save([{ kpiId: 'KPI-0001', actual: 'lots', comment: '' }])).toThrow(
      /the actual must be a number, N\/A or blank — "lots" is none of them/,
    );
    expect(snapshot(setup.book)).toEqual(before);
  });

  it('rates open periods with the coverage saved in Settings', () => {
    const setup = setUp();
    start(setup);
    const form = kpisOf(setup, 'E-004');
    const half = form.rows.slice(0, Math.ceil(form.rows.length / 2));
    run(setup.emu, () =>
      setup.addon.saveActuals({
        period: Q1.period,
        employeeId: 'E-004',
        actuals: half.map((row) => ({ kpiId: row.kpiId, actual: row.target, comment: '' })),
      }),
    );
    const result = () =>
      records(setup.book, 'Results').find((row) => row['Employee ID'] === 'E-004');
    expect(result()).toMatchObject({
      'Weighted score': '',
      Rating: `Incomplete (${half.length} of ${form.rows.length})`,
    });
    const view = run(setup.emu, () => setup.addon.getSettings()) as SettingsView;
    run(setup.emu, () => setup.addon.saveSettings({ ...view.settings, minCoverage: 0.5 }));
    expect(result()).toMatchObject({ 'Weighted score': 1, Rating: 'Meets expectations' });
    // Enter actuals rates as Results does.
    expect(kpisOf(setup, 'E-004').minCoverage).toBe(0.5);
    const formulas = (setup.book.peekSheet('Results')?.formulas ?? []).flat();
    expect(
      formulas.filter((formula) => /KPIROLLUP\(.*, 0\.5\), ""\)\)$/.test(formula)),
    ).toHaveLength(1);
  });

  it('counts each period’s progress for the People views as Results does', () => {
    const setup = setUp();
    const started = start(setup);
    onTarget(setup, 'E-004');
    const kpis = kpisOf(setup, 'E-004').rows.length;
    const context = run(setup.emu, () => setup.addon.getPeopleContext()) as PeopleContext;
    // One of E-004's KPIs is N/A: it is neither expected nor scored.
    expect(context.progress?.[Q1.period]).toEqual({
      people: 30,
      scored: kpis - 1,
      expected: started.added - 1,
    });
  });

  it('keeps the snapshot when a target is revised after the period started', () => {
    const setup = setUp();
    start(setup);
    const before = records(setup.book, 'Scores').find((row) => row['KPI ID'] === 'KPI-0002');
    const second = records(setup.book, 'KPI Register')[1];
    // Halfway from target to stretch: a revision the SMART check accepts.
    const target = (Number(second?.Target) + Number(second?.Stretch)) / 2;
    run(setup.emu, () =>
      setup.addon.reviewKpis({
        decisions: [{ kpiId: 'KPI-0002', decision: 'Revise', note: '', changes: { target } }],
      }),
    );
    expect(records(setup.book, 'KPI Register')[1]?.Target).toBe(target);
    const after = records(setup.book, 'Scores').find((row) => row['KPI ID'] === 'KPI-0002');
    expect(after?.Target).toBe(before?.Target);
  });
});

describe('closing a period and the next one', () => {
  it('freezes Results as values, protects Scores rows per block, refuses actuals, and the next period starts fresh', () => {
    const setup = setUp();
    start(setup);
    for (const id of ['E-004', 'E-005', 'E-006']) onTarget(setup, id);
    // A new hire added after the first start scatters the period's rows into two blocks.
    hireLate(setup);
    start(setup);
    const frozenBefore = records(setup.book, 'Results');
    const closed = run(setup.emu, () =>
      setup.addon.closeReviewPeriod({ period: Q1.period }),
    ) as ClosePeriodResult;
    expect(closed.frozen).toBe(31);
    expect(closed.protectedBlocks).toBe(1);
    const results = records(setup.book, 'Results');
    expect(results).toEqual(frozenBefore);
    const resultsSheet = setup.book.peekSheet('Results');
    // The frozen rows hold values; the live formulas moved below them.
    expect(resultsSheet?.formulas[1]?.every((formula) => formula === '')).toBe(true);
    expect(resultsSheet?.formulas[32]?.[0]).toMatch(/^=ARRAYFORMULA\(IFERROR\(KPIROLLUP\(/);
    const protections = setup.book.peekSheet('Scores')?.protections ?? [];
    expect(protections.map((protection) => protection.warningOnly)).toEqual([true]);
    expect(records(setup.book, 'Periods')[0]?.State).toBe('Closed');
    expect(() => onTarget(setup, 'E-007')).toThrow(/2027-Q1 is Closed/);
    expect(() =>
      run(setup.emu, () => setup.addon.closeReviewPeriod({ period: Q1.period })),
    ).toThrow(/already Closed/);

    setup.emu.clock.set(new Date('2027-04-10T10:00:00Z'));
    start(setup, Q2);
    onTarget(setup, 'E-004', Q2.period, 0);
    const q2 = records(setup.book, 'Results').filter((row) => row.Period === '2027-Q2');
    expect(q2).toHaveLength(31);
    const person = q2.find((row) => row['Employee ID'] === 'E-004');
    expect(person).toMatchObject({ 'Weighted score': 1, 'Previous score': 1, Change: 0 });
    // Q1's frozen rows did not change when Q2 started.
    expect(records(setup.book, 'Results').filter((row) => row.Period === '2027-Q1')).toEqual(
      frozenBefore,
    );
  });

  it('keeps text that looks like a number as text in the frozen rows: a period named 2027, an ID 0012', () => {
    const setup = setUp();
    setup.book.getSheetByName('People')?.getRange(5, 1).setValue('0012');
    const year = {
      period: '2027',
      starts: '2027-01-01',
      ends: '2027-12-31',
      actualsDue: '2028-01-15',
    };
    run(setup.emu, () => setup.addon.startReviewPeriod(year));
    onTarget(setup, '0012', '2027');
    const before = records(setup.book, 'Results').find((row) => row['Employee ID'] === '0012');
    expect(before).toMatchObject({ Period: '2027', 'Weighted score': 1 });
    run(setup.emu, () => setup.addon.closeReviewPeriod({ period: '2027' }));
    const frozen = records(setup.book, 'Results').find((row) => row['Employee ID'] === '0012');
    expect(frozen).toEqual(before);
    // The Person Scorecard still finds the person's result for that period.
    const card = setup.book.getSheetByName('Person Scorecard');
    card?.getRange('B2').setValue('0012');
    card?.getRange('B3').setValue('2027');
    expect(card?.getRange('B5').getValue()).toBe(1);
  });

  it('protects one block per run of rows when later starts scattered the period’s rows', () => {
    const setup = setUp();
    start(setup);
    start(setup, Q2);
    hireLate(setup);
    start(setup);
    const closed = run(setup.emu, () =>
      setup.addon.closeReviewPeriod({ period: Q1.period }),
    ) as ClosePeriodResult;
    expect(closed.protectedBlocks).toBe(2);
  });
});

describe('archiving closed periods', () => {
  /** Q1 closed with its rows in two blocks (a late hire), Q2 open with actuals for E-004. */
  function closedAndOpen(): Setup {
    const setup = setUp();
    start(setup);
    start(setup, Q2);
    hireLate(setup);
    start(setup);
    onTarget(setup, 'E-004');
    run(setup.emu, () => setup.addon.closeReviewPeriod({ period: Q1.period }));
    onTarget(setup, 'E-004', Q2.period, 0);
    return setup;
  }

  function archiveQ1(setup: Setup): ArchivePeriodsResult {
    return run(setup.emu, () =>
      setup.addon.archiveClosedPeriods({ periods: [Q1.period] }),
    ) as ArchivePeriodsResult;
  }

  it('copies the rows to a new spreadsheet, checks the copy, logs it, and only then removes them', () => {
    const setup = closedAndOpen();
    const q1Scores = records(setup.book, 'Scores').filter((row) => row.Period === Q1.period);
    const q1Results = records(setup.book, 'Results').filter((row) => row.Period === Q1.period);
    const q2Results = records(setup.book, 'Results').filter((row) => row.Period === Q2.period);
    const result = archiveQ1(setup);
    expect(result).toMatchObject({
      ok: true,
      finished: true,
      scoresRows: q1Scores.length,
      resultsRows: 31,
    });
    const copy = setup.emu.spreadsheets().find((book) => book.getUrl() === result.url);
    expect(copy).toBeDefined();
    expect(records(copy as EmulatedSpreadsheet, 'Scores')).toEqual(q1Scores);
    expect(records(copy as EmulatedSpreadsheet, 'Results')).toEqual(q1Results);
    expect(records(setup.book, 'Scores').some((row) => row.Period === Q1.period)).toBe(false);
    expect(records(setup.book, 'Results').filter((row) => row.Period === Q1.period)).toEqual([]);
    // The open period still scores by formula where its rows now stand.
    const q2 = records(setup.book, 'Results').filter((row) => row.Period === Q2.period);
    // Only the comparison with the archived period is gone from the open period's results.
    const withoutPrevious = (rows: Array<Record<string, unknown>>) =>
      rows.map((row) => ({ ...row, 'Previous score': '', Change: '' }));
    expect(q2).toEqual(withoutPrevious(q2Results));
    expect(q2Results.find((row) => row['Employee ID'] === 'E-004')?.['Previous score']).toBe(1);
    expect(q2.find((row) => row['Employee ID'] === 'E-004')).toMatchObject({ 'Weighted score': 1 });
    const log = records(setup.book, 'Review Log').filter((row) => row.Event === 'Periods archived');
    expect(log).toHaveLength(1);
    expect(log[0]?.Detail).toContain(result.url);
    // Archiving it again would only make an empty copy: it is refused.
    const count = setup.emu.spreadsheets().length;
    expect(() => archiveQ1(setup)).toThrow(/2027-Q1 has no Scores rows here — archived already/);
    expect(setup.emu.spreadsheets()).toHaveLength(count);
  });

  it('copies text exactly as typed: an ID with leading zeros and a comment that looks like a formula', () => {
    const setup = setUp();
    setup.book.getSheetByName('People')?.getRange(5, 1).setValue('0012');
    start(setup);
    const form = kpisOf(setup, '0012');
    const [first] = form.rows;
    run(setup.emu, () =>
      setup.addon.saveActuals({
        period: Q1.period,
        employeeId: '0012',
        actuals: [{ kpiId: first?.kpiId, actual: first?.target, comment: '=1+1' }],
      }),
    );
    run(setup.emu, () => setup.addon.closeReviewPeriod({ period: Q1.period }));
    const scores = records(setup.book, 'Scores').filter((row) => row['Employee ID'] === '0012');
    const result = archiveQ1(setup);
    expect(result).toMatchObject({ ok: true, finished: true });
    const copy = setup.emu.spreadsheets().find((book) => book.getUrl() === result.url);
    const copied = records(copy as EmulatedSpreadsheet, 'Scores').filter(
      (row) => row['Employee ID'] === '0012',
    );
    expect(copied).toEqual(scores);
    expect(copied[0]?.Comment).toBe('=1+1');
  });

  it('resumes after stopping near the time limit, never losing or duplicating a row', () => {
    const setup = closedAndOpen();
    const q1Scores = records(setup.book, 'Scores').filter((row) => row.Period === Q1.period);
    const q2Scores = records(setup.book, 'Scores').filter((row) => row.Period === Q2.period);
    // Every service call takes five minutes: the run stops after its first block of rows.
    setup.emu.clock.setAdvancePerCall(5 * 60 * 1000);
    const stopped = archiveQ1(setup);
    setup.emu.clock.setAdvancePerCall(0);
    expect(stopped.finished).toBe(false);
    expect(stopped.message).toMatch(/Archive the same periods again to finish/);
    const left = records(setup.book, 'Scores').filter((row) => row.Period === Q1.period);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(q1Scores.length);
    // Another archive cannot start while this one is unfinished.
    expect(() =>
      run(setup.emu, () => setup.addon.archiveClosedPeriods({ periods: [Q2.period] })),
    ).toThrow(/archive of 2027-Q1 has not finished/);

    const finished = archiveQ1(setup);
    expect(finished).toMatchObject({ finished: true, url: stopped.url });
    expect(
      setup.emu.spreadsheets().filter((book) => book.getName().includes('archive')),
    ).toHaveLength(1);
    const copy = setup.emu.spreadsheets().find((book) => book.getUrl() === stopped.url);
    expect(records(copy as EmulatedSpreadsheet, 'Scores')).toEqual(q1Scores);
    expect(records(setup.book, 'Scores').some((row) => row.Period === Q1.period)).toBe(false);
    expect(records(setup.book, 'Scores').filter((row) => row.Period === Q2.period)).toEqual(
      q2Scores,
    );
    expect(
      records(setup.book, 'Review Log').filter((row) => row.Event === 'Periods archived'),
    ).toHaveLength(1);
  });

  it('refuses an open or unknown period, writing nothing', () => {
    const setup = closedAndOpen();
    const before = snapshot(setup.book);
    const count = setup.emu.spreadsheets().length;
    expect(() =>
      run(setup.emu, () => setup.addon.archiveClosedPeriods({ periods: [Q2.period, '2030-Q1'] })),
    ).toThrow(
      /Nothing was archived: 2027-Q2 is still Open — close it first; there is no period "2030-Q1"/,
    );
    expect(snapshot(setup.book)).toEqual(before);
    expect(setup.emu.spreadsheets()).toHaveLength(count);
  });
});

describe('renaming a role', () => {
  it('renames open periods’ Scores rows and the people in it, keeping closed periods as scored', () => {
    const setup = setUp();
    start(setup);
    run(setup.emu, () => setup.addon.closeReviewPeriod({ period: Q1.period }));
    setup.emu.clock.set(new Date('2027-04-10T10:00:00Z'));
    start(setup, Q2);
    const register = records(setup.book, 'KPI Register');
    const kpis = register.filter((row) => row.Role === 'Account Executive').length;

    const result = run(setup.emu, () =>
      setup.addon.renameRole({ from: 'Account Executive', to: 'Account Manager' }),
    ) as RenameRoleResult;
    expect(result).toMatchObject({ ok: true, scoresRows: kpis * 10, peopleRows: 10 });
    expect(result.message).toContain(`${kpis * 10} Scores rows of open periods`);
    expect(result.message).toContain('10 people on the People sheet');
    const roles = (period: string): string[] => [
      ...new Set(
        records(setup.book, 'Scores')
          .filter((row) => row.Period === period && String(row.Role).startsWith('Account'))
          .map((row) => String(row.Role)),
      ),
    ];
    expect(roles('2027-Q2')).toEqual(['Account Manager']);
    expect(roles('2027-Q1')).toEqual(['Account Executive']);
    const people = records(setup.book, 'People');
    expect(people.filter((row) => row.Role === 'Account Manager')).toHaveLength(10);
    expect(people.filter((row) => row.Role === 'Account Executive')).toHaveLength(0);
    // Results of the open period look the role up in People.
    const q2 = records(setup.book, 'Results').filter((row) => row.Period === '2027-Q2');
    expect(q2.filter((row) => row.Role === 'Account Manager')).toHaveLength(10);
    // The next start finds every person's KPIs under the new name.
    expect(start(setup, Q2)).toMatchObject({ added: 0, skipped: [] });
    const log = records(setup.book, 'Review Log').filter((row) => row.Event === 'Renamed');
    expect(log[0]?.Detail).toContain(
      `${kpis * 10} Scores rows of open periods; 10 people on People`,
    );
  });
});

describe('Check people', () => {
  it('lists duplicate IDs, unknown roles, bad emails and managers not in the list, and writes nothing', () => {
    const setup = setUp();
    const people = setup.book.getSheetByName('People');
    people?.getRange(6, 1).setValue('E-004');
    people?.getRange(7, 4).setValue('Astronaut');
    people?.getRange(8, 3).setValue('not-an-email');
    people?.getRange(9, 5).setValue('boss@example.com');
    people?.getRange(10, 8).setValue('On leave');
    const before = snapshot(setup.book);
    const result = run(setup.emu, () => setup.addon.checkPeople()) as CheckPeopleResult;
    expect(result.problems.map((problem) => `${problem.row}: ${problem.problem}`)).toEqual([
      '6: Employee ID E-004 is also on row 5.',
      '7: Role "Astronaut" is not in the KPI Register (or has no Active KPIs).',
      '8: Email "not-an-email" is not an email address.',
      '9: Manager boss@example.com is not in the People list.',
      '10: Status "On leave" is neither Active nor Left, so new periods leave this person out.',
    ]);
    expect(result.problems.every((problem) => problem.fix.length > 0)).toBe(true);
    expect(snapshot(setup.book)).toEqual(before);
  });
});
