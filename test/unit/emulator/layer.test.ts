import { Layer } from '../../../emulator/layer';

describe('Layer', () => {
  it('stores cells by row without allocating the rows above', () => {
    const layer = new Layer<string>();
    layer.set(8999, 2, 'bold');
    expect(layer.get(8999, 2)).toBe('bold');
    expect(layer.get(0, 0)).toBeUndefined();
    expect(layer.rows.filter((row) => row !== undefined)).toHaveLength(1);
  });

  it('does not create a row to store a blank', () => {
    const layer = new Layer<string>();
    layer.set(4, 1, undefined);
    expect(layer.rows).toHaveLength(0);
    expect(layer.isEmpty()).toBe(true);
  });

  it('moves cells down on a row insert and up on a row delete', () => {
    const layer = new Layer<string>();
    layer.set(0, 0, 'a');
    layer.set(1, 0, 'b');
    layer.insertRows(1, 2);
    expect([layer.get(0, 0), layer.get(1, 0), layer.get(3, 0)]).toEqual(['a', undefined, 'b']);
    layer.deleteRows(0, 3);
    expect(layer.get(0, 0)).toBe('b');
  });

  it('moves cells right on a column insert and left on a column delete', () => {
    const layer = new Layer<number>();
    layer.set(0, 0, 1);
    layer.set(0, 1, 2);
    layer.insertColumns(1, 1);
    expect([layer.get(0, 0), layer.get(0, 1), layer.get(0, 2)]).toEqual([1, undefined, 2]);
    layer.deleteColumns(0, 2);
    expect(layer.get(0, 0)).toBe(2);
  });

  it('clears a block and then reads as empty', () => {
    const layer = new Layer<string>();
    layer.set(2, 2, 'x');
    layer.set(3, 3, 'y');
    layer.clear(2, 2, 1, 1);
    expect(layer.isEmpty()).toBe(false);
    layer.clear(0, 0, 10, 10);
    expect(layer.isEmpty()).toBe(true);
  });
});
