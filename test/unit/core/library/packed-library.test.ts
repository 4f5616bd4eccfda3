import { ROLE_LIBRARY } from '../../../../src/core/library';
import { packLibrary, unpackLibrary } from '../../../../src/core/library/packed-library';

describe('the packed role library', () => {
  it('unpacks to exactly the library, every field of every KPI included', () => {
    const packed = JSON.parse(JSON.stringify(packLibrary(ROLE_LIBRARY)));
    expect(unpackLibrary(packed)).toEqual(ROLE_LIBRARY);
  });

  it('carries the library in well under two thirds of its plain JSON size', () => {
    const plain = JSON.stringify(ROLE_LIBRARY).length;
    expect(JSON.stringify(packLibrary(ROLE_LIBRARY)).length).toBeLessThan(plain * 0.66);
  });

  it('lists each repeated word once', () => {
    const { words } = packLibrary(ROLE_LIBRARY);
    expect(new Set(words).size).toBe(words.length);
    expect(words).toEqual(expect.arrayContaining(['%', 'higher', 'Monthly', 'Sum', 'Quarterly']));
  });
});
