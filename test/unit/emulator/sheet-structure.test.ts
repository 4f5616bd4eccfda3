import { shiftRect, shiftSpan, type DimensionChange } from '../../../emulator/sheet-structure';

const rows = (at: number, count: number, insert: boolean): DimensionChange => ({
  dimension: 'ROWS',
  at,
  count,
  insert,
});

describe('sheet structure', () => {
  it('moves a span down when rows are inserted at or above its start', () => {
    expect(shiftSpan(3, 2, rows(1, 2, true))).toEqual({ start: 5, size: 2 });
    expect(shiftSpan(3, 2, rows(3, 1, true))).toEqual({ start: 4, size: 2 });
  });

  it('grows a span when rows are inserted strictly inside it, not just after it', () => {
    expect(shiftSpan(3, 3, rows(4, 2, true))).toEqual({ start: 3, size: 5 });
    expect(shiftSpan(3, 3, rows(6, 2, true))).toEqual({ start: 3, size: 3 });
  });

  it('moves a span up or shrinks it when rows before or inside it are deleted', () => {
    expect(shiftSpan(5, 2, rows(1, 2, false))).toEqual({ start: 3, size: 2 });
    expect(shiftSpan(3, 4, rows(4, 2, false))).toEqual({ start: 3, size: 2 });
    expect(shiftSpan(3, 4, rows(1, 3, false))).toEqual({ start: 1, size: 3 });
    expect(shiftSpan(3, 2, rows(9, 2, false))).toEqual({ start: 3, size: 2 });
  });

  it('drops a span whose rows are all deleted', () => {
    expect(shiftSpan(3, 2, rows(2, 4, false))).toBeNull();
  });

  it('shifts a block along the dimension that changed only', () => {
    const block = { row: 2, column: 2, numRows: 2, numColumns: 2 };
    expect(shiftRect(block, { dimension: 'COLUMNS', at: 1, count: 1, insert: true })).toEqual({
      row: 2,
      column: 3,
      numRows: 2,
      numColumns: 2,
    });
    expect(shiftRect(block, rows(3, 1, false))).toEqual({
      row: 2,
      column: 2,
      numRows: 1,
      numColumns: 2,
    });
  });
});
