import { deflateSync } from 'node:zlib';
import { inflatePackedLibrary, ROLE_LIBRARY } from '../../../../src/core/library';
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

describe('the deflated library the sidebar carries', () => {
  it('inflates back to the packed library, as the build writes it with zlib', () => {
    const packed = packLibrary(ROLE_LIBRARY);
    const base64 = deflateSync(Buffer.from(JSON.stringify(packed), 'utf8'), { level: 9 }).toString(
      'base64',
    );
    expect(base64.length).toBeLessThan(JSON.stringify(packed).length / 2);
    expect(unpackLibrary(inflatePackedLibrary(base64))).toEqual(ROLE_LIBRARY);
  });
});
