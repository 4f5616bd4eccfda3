import { isRecord, storedJson, storedObject } from '../../../src/core/stored-json';

describe('stored JSON read leniently', () => {
  it('parses what is JSON', () => {
    expect(storedJson('[1,2]')).toEqual([1, 2]);
    expect(storedJson('"text"')).toBe('text');
    expect(storedObject('{"kpi":3,"objective":1}')).toEqual({ kpi: 3, objective: 1 });
  });

  it('reads nothing from a missing, empty or damaged value, without throwing', () => {
    for (const text of [null, undefined, '', '{oops', '{"kpi":', 'undefined']) {
      expect(storedJson(text)).toBeUndefined();
      expect(storedObject(text)).toBeNull();
    }
  });

  it('reads JSON that is not an object as no object', () => {
    for (const text of ['[3]', 'null', '42', '"x"', 'true']) expect(storedObject(text)).toBeNull();
  });

  it('tells an object with fields from null, arrays and scalars', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('a')).toBe(false);
  });
});
