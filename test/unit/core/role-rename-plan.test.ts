import {
  planRoleRename,
  scorecardCandidates,
  scorecardSuffix,
  type RenameInput,
} from '../../../src/core/role-rename-plan';

const registerRows = [
  { row: 2, cells: { Role: 'Analyst' } },
  { row: 3, cells: { Role: ' analyst ' } },
  { row: 4, cells: { Role: 'Recruiter' } },
  { row: 5, cells: { Role: 'Analyst' } },
];

function input(overrides: Partial<RenameInput> = {}): RenameInput {
  const sheetNames = overrides.sheetNames ?? [
    'KPI Register',
    'Analyst',
    'Analyst (2)',
    'Recruiter',
  ];
  return {
    from: 'Analyst',
    to: 'Data Analyst',
    registerRows,
    sheetNames,
    candidates: scorecardCandidates(sheetNames, overrides.from ?? 'Analyst').map((name) => ({
      name,
      title: ['Role scorecard', 'Analyst'],
    })),
    ...overrides,
  };
}

function planOf(overrides: Partial<RenameInput> = {}) {
  const result = planRoleRename(input(overrides));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.plan;
}

function problemsOf(overrides: Partial<RenameInput> = {}): string[] {
  const result = planRoleRename(input(overrides));
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

describe('planRoleRename', () => {
  it('renames every register row of the role, matched ignoring case and spaces', () => {
    const plan = planOf();
    expect(plan.registerUpdates).toEqual([
      { row: 2, cells: { Role: 'Data Analyst' } },
      { row: 3, cells: { Role: 'Data Analyst' } },
      { row: 5, cells: { Role: 'Data Analyst' } },
    ]);
  });

  it('keeps each scorecard’s version suffix after the new name, the current one first', () => {
    expect(planOf().sheets).toEqual([
      { from: 'Analyst (2)', to: 'Data Analyst (2)' },
      { from: 'Analyst', to: 'Data Analyst' },
    ]);
  });

  it('gives a superseded scorecard its "until" suffix after the new name, and the current one the plain name', () => {
    const sheetNames = ['Analyst', 'Analyst (until 2026-03-31)'];
    expect(planOf({ sheetNames }).sheets).toEqual([
      { from: 'Analyst', to: 'Data Analyst' },
      { from: 'Analyst (until 2026-03-31)', to: 'Data Analyst (until 2026-03-31)' },
    ]);
  });

  it('leaves a sheet named like the role alone when its title does not name the role', () => {
    const plan = planOf({
      candidates: [
        { name: 'Analyst', title: ['My notes', ''] },
        { name: 'Analyst (2)', title: ['Role scorecard', 'ANALYST'] },
      ],
    });
    expect(plan.sheets).toEqual([{ from: 'Analyst (2)', to: 'Data Analyst (2)' }]);
  });

  it('cuts a long new name so every version fits Sheets’ 100 units, never splitting an emoji', () => {
    const to = '😀'.repeat(50);
    const sheetNames = ['Analyst', 'Analyst (2)', 'Analyst (until 2026-03-31)'];
    const sheets = planOf({ to, sheetNames }).sheets;
    // Every version keeps one base name, cut to leave room for the longest suffix.
    expect(sheets.map((sheet) => sheet.to)).toEqual([
      `${'😀'.repeat(38)} (2)`,
      '😀'.repeat(38),
      `${'😀'.repeat(38)} (until 2026-03-31)`,
    ]);
    for (const sheet of sheets) expect(sheet.to.length).toBeLessThanOrEqual(100);
  });

  it('makes a new name that looks like a formula safe for the register, and plain for the title', () => {
    const plan = planOf({ to: '=1+1' });
    expect(plan.title).toBe('=1+1');
    expect(plan.registerUpdates[0]?.cells.Role).toBe("'=1+1");
  });

  it('cleans characters Sheets refuses in a sheet name', () => {
    expect(planOf({ to: 'Sales / EMEA' }).sheets.map((sheet) => sheet.to)).toEqual([
      'Sales - EMEA (2)',
      'Sales - EMEA',
    ]);
  });

  it('allows a new spelling of the same role, renaming its sheets in place', () => {
    const plan = planOf({ to: 'ANALYST' });
    expect(plan.registerUpdates).toHaveLength(3);
    expect(plan.sheets).toEqual([
      { from: 'Analyst (2)', to: 'ANALYST (2)' },
      { from: 'Analyst', to: 'ANALYST' },
    ]);
  });

  it('refuses an unknown role, naming the roles there are', () => {
    expect(problemsOf({ from: 'Designer' })).toEqual([
      'There is no role named "Designer" in the KPI Register — choose one of "Analyst", "Recruiter".',
    ]);
  });

  it('refuses a blank new name', () => {
    expect(problemsOf({ to: '  ' })).toEqual([
      'The new name is blank — type the name the role should have.',
    ]);
  });

  it('refuses a name another role has, and the sheet clash it would cause', () => {
    expect(problemsOf({ to: 'recruiter' })).toEqual([
      '"Recruiter" is already a role in the KPI Register — choose a name no other role has.',
      'The scorecard "Analyst" cannot be renamed "recruiter": a sheet named "Recruiter" already exists — rename or delete that sheet, or choose another role name.',
    ]);
  });

  it('refuses the exact name the role already has', () => {
    expect(problemsOf({ to: 'Analyst' })).toEqual([
      'The role is already named "Analyst" — type a different name.',
    ]);
  });

  it('refuses a new sheet name that another sheet has, ignoring case', () => {
    const sheetNames = ['Analyst', 'data analyst'];
    expect(problemsOf({ sheetNames })).toEqual([
      'The scorecard "Analyst" cannot be renamed "Data Analyst": a sheet named "data analyst" already exists — rename or delete that sheet, or choose another role name.',
    ]);
  });

  it('refuses a name longer than a role name may be', () => {
    expect(problemsOf({ to: 'x'.repeat(101) })).toEqual([
      'The new name is 101 characters long — shorten it to at most 100.',
    ]);
  });
});

describe('scorecardSuffix', () => {
  it('reads plain, numbered and superseded names of a base, ignoring case', () => {
    expect(scorecardSuffix('analyst', 'Analyst')).toBe('');
    expect(scorecardSuffix('Analyst (12)', 'Analyst')).toBe(' (12)');
    expect(scorecardSuffix('Analyst (until 2026-03-31)', 'Analyst')).toBe(' (until 2026-03-31)');
    expect(scorecardSuffix('Analyst notes', 'Analyst')).toBeNull();
    expect(scorecardSuffix('Senior Analyst (2)', 'Analyst')).toBeNull();
  });
});
