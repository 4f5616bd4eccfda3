import fc from 'fast-check';
import {
  canonicalId,
  formatId,
  idNumber,
  KPI_ID_SCHEME,
  nextKpiIds,
  nextObjectiveIds,
  OBJECTIVE_ID_SCHEME,
} from '../../../src/core/kpi-ids';

describe('KPI and objective IDs', () => {
  it('pads KPI IDs to four digits and objective IDs to three', () => {
    expect(formatId(7, KPI_ID_SCHEME)).toBe('KPI-0007');
    expect(formatId(7, OBJECTIVE_ID_SCHEME)).toBe('OBJ-007');
  });

  it('grows past the padding instead of wrapping', () => {
    expect(nextKpiIds(['KPI-9999'], 2)).toEqual(['KPI-10000', 'KPI-10001']);
  });

  it('continues after the highest existing ID, not after the last row', () => {
    expect(nextKpiIds(['KPI-0003', 'KPI-0010', 'KPI-0004'], 2)).toEqual(['KPI-0011', 'KPI-0012']);
  });

  it('starts at 1 in an empty register', () => {
    expect(nextKpiIds([], 1)).toEqual(['KPI-0001']);
    expect(nextObjectiveIds(['', 'Notes'], 2)).toEqual(['OBJ-001', 'OBJ-002']);
  });

  it('ignores blanks, user notes, other prefixes and non-text cells', () => {
    expect(nextKpiIds(['', 'see notes', 'OBJ-0100', 42, null, new Date(), 'KPI-12x'], 1)).toEqual([
      'KPI-0001',
    ]);
  });

  it('reads IDs retyped with other case, spaces or padding', () => {
    expect(idNumber(' kpi-0042 ', KPI_ID_SCHEME)).toBe(42);
    expect(canonicalId('kpi-7', KPI_ID_SCHEME)).toBe('KPI-0007');
    expect(canonicalId('KPI-0', KPI_ID_SCHEME)).toBeNull();
  });

  it('never hands out an ID that is already taken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50_000 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 20 }),
        (numbers, count) => {
          const existing = numbers.map((number) => formatId(number, KPI_ID_SCHEME));
          const fresh = nextKpiIds(existing, count);
          expect(fresh).toHaveLength(count);
          expect(new Set([...existing, ...fresh]).size).toBe(new Set(existing).size + count);
        },
      ),
    );
  });
});
