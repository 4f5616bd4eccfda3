import {
  isIsoDay,
  parseObjectivesRequest,
  planObjectivesSave,
  type ObjectiveEdit,
  type ObjectiveRow,
} from '../../../src/core/objectives-plan';

const rows: ObjectiveRow[] = [
  {
    row: 2,
    id: 'OBJ-001',
    objective: 'Grow recurring revenue',
    owner: 'ana@example.com',
    due: '2026-12-31',
    notes: '',
  },
  { row: 3, id: 'OBJ-002', objective: 'Cut churn', owner: '', due: '', notes: 'Board ask' },
];

function edit(fields: Partial<ObjectiveEdit>): ObjectiveEdit {
  return { id: '', objective: '', owner: '', due: '', notes: '', ...fields };
}

function plan(edits: ObjectiveEdit[], sheet = rows, issued = 0) {
  const result = planObjectivesSave(edits, sheet, issued);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.plan;
}

function problems(edits: ObjectiveEdit[], sheet = rows): string[] {
  const result = planObjectivesSave(edits, sheet, 0);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

describe('planObjectivesSave', () => {
  it('writes only the cells of an edited objective that changed', () => {
    const result = plan([edit({ ...rows[0], id: 'OBJ-001', notes: 'Up from 15%' })]);
    expect(result.updates).toEqual([{ row: 2, cells: { Notes: "'Up from 15%" } }]);
    expect(result.updated).toEqual(['OBJ-001']);
    expect(result.additions).toEqual([]);
  });

  it('writes nothing for an objective sent back unchanged', () => {
    const result = plan([edit({ ...rows[1], id: 'obj-2' })]);
    expect(result.updates).toEqual([]);
    expect(result.updated).toEqual([]);
  });

  it('gives new objectives the IDs after the highest on the sheet and the highest ever issued', () => {
    const result = plan(
      [edit({ objective: 'Open Berlin' }), edit({ objective: 'Open Paris' })],
      rows,
      7,
    );
    expect(result.additions.map((objective) => objective.id)).toEqual(['OBJ-008', 'OBJ-009']);
    expect(result.objectives.map((objective) => objective.id)).toEqual([
      'OBJ-001',
      'OBJ-002',
      'OBJ-008',
      'OBJ-009',
    ]);
  });

  it('keeps typed-looking text as text and writes due dates as ISO days', () => {
    const result = plan([
      edit({ id: 'OBJ-002', objective: '1,000', due: '2025-01-31', notes: '2025-01-31' }),
    ]);
    expect(result.updates).toEqual([
      { row: 3, cells: { Objective: "'1,000", Due: '2025-01-31', Notes: "'2025-01-31" } },
    ]);
  });

  it('leaves objectives not in the payload as they are in the final list', () => {
    const result = plan([edit({ id: 'OBJ-002', objective: 'Cut churn to 5%' })]);
    expect(result.objectives[0]).toEqual({
      id: 'OBJ-001',
      objective: 'Grow recurring revenue',
      owner: 'ana@example.com',
      due: '2026-12-31',
      notes: '',
    });
    expect(result.objectives[1]?.objective).toBe('Cut churn to 5%');
  });

  it('lets two objectives swap their texts in one save', () => {
    const result = plan([
      edit({ ...rows[0], id: 'OBJ-001', objective: 'Cut churn' }),
      edit({ ...rows[1], id: 'OBJ-002', objective: 'Grow recurring revenue' }),
    ]);
    expect(result.updated).toEqual(['OBJ-001', 'OBJ-002']);
  });

  it('names every problem by ID or new objective, with its fix, in one refusal', () => {
    const found = problems([
      edit({ id: 'OBJ-044', objective: 'Ghost' }),
      edit({ id: 'OBJ-001', objective: '' }),
      edit({ objective: 'cut  CHURN' }),
      edit({ objective: 'Open Berlin', due: '2025-02-30', owner: 'bob' }),
      edit({ id: 'banana', objective: 'Fruit' }),
    ]);
    expect(found).toEqual([
      expect.stringMatching(/^OBJ-044 is not on the Objectives sheet .* leave the ID blank/),
      expect.stringMatching(/^OBJ-001: the objective is blank — describe it/),
      expect.stringMatching(/^New objective 2: owner "bob" is not an email address — enter/),
      expect.stringMatching(
        /^New objective 2: due date "2025-02-30" is not a date — enter it as yyyy-mm-dd/,
      ),
      expect.stringMatching(/^"banana" is not an objective ID — leave the ID blank/),
      expect.stringMatching(/^New objective 1: "cut {2}CHURN" is already the text of OBJ-002/),
    ]);
  });

  it('refuses the same ID twice in one save and an ID typed on two sheet rows', () => {
    const twice = problems([
      edit({ id: 'OBJ-001', objective: 'A' }),
      edit({ id: 'OBJ-001', objective: 'B' }),
    ]);
    expect(twice).toContainEqual(expect.stringMatching(/^OBJ-001 is in the list twice/));
    const doubled = [...rows, { ...rows[1], row: 9 } as ObjectiveRow];
    expect(problems([edit({ id: 'OBJ-002', objective: 'Cut churn' })], doubled)).toEqual([
      expect.stringMatching(/^OBJ-002 is on rows 3 and 9 of the Objectives sheet/),
    ]);
  });

  it('refuses two new objectives with the same text', () => {
    expect(
      problems([edit({ objective: 'Open Berlin' }), edit({ objective: 'open berlin' })]),
    ).toEqual([
      expect.stringMatching(
        /^New objective 2: "open berlin" is already the text of New objective 1/,
      ),
    ]);
  });
});

describe('parseObjectivesRequest', () => {
  it('trims texts and fills missing fields with blanks', () => {
    expect(parseObjectivesRequest({ objectives: [{ objective: '  Cut churn ' }] })).toEqual({
      ok: true,
      edits: [{ id: '', objective: 'Cut churn', owner: '', due: '', notes: '' }],
    });
  });

  it('refuses a payload without a list, or with fields that are not text', () => {
    expect(parseObjectivesRequest(null)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/send \{ objectives/)],
    });
    expect(parseObjectivesRequest({ objectives: [{ objective: 5 }, 'x'] })).toEqual({
      ok: false,
      problems: [
        'Item 1: objective is not text — send it as text (it may be "").',
        'Item 2 is not an objective — send { id, objective, owner, due, notes }.',
      ],
    });
  });
});

describe('isIsoDay', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2027-13-01')).toBe(false);
    expect(isIsoDay('31/01/2027')).toBe(false);
  });
});
