import { setUp } from './set-up';

describe('DeveloperMetadata', () => {
  it('keeps developer metadata that a finder can look up by key', () => {
    const { ss, book } = setUp();
    ss.addDeveloperMetadata('kpi.lastRun', '{"outcome":"ok"}');
    const [found] = ss.createDeveloperMetadataFinder().withKey('kpi.lastRun').find();
    expect(found?.getValue()).toBe('{"outcome":"ok"}');
    found?.setValue('{"outcome":"error"}');
    expect(book.peekDeveloperMetadata()).toEqual([
      { key: 'kpi.lastRun', value: '{"outcome":"error"}' },
    ]);
    found?.remove();
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
  });
});
