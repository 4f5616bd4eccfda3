import { appsScriptGlobals, createEmulator } from '../../../emulator';

function setUp() {
  const emu = createEmulator();
  const book = emu.createSpreadsheet('Team KPIs');
  return { emu, book, g: appsScriptGlobals(emu) };
}

describe('properties', () => {
  it('stores strings, coercing other values with String()', () => {
    const { g } = setUp();
    const store = g.PropertiesService.getScriptProperties();
    store.setProperty('count', 3 as unknown as string);
    store.setProperties({ a: '1', b: true as unknown as string });
    expect(store.getProperty('count')).toBe('3');
    expect(store.getProperties()).toEqual({ count: '3', a: '1', b: 'true' });
    expect(store.getProperty('missing')).toBeNull();
    store.deleteProperty('a');
    expect(store.getKeys().sort()).toEqual(['b', 'count']);
    store.deleteAllProperties();
    expect(store.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB with "Argument too large"', () => {
    const { g } = setUp();
    const store = g.PropertiesService.getUserProperties();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024))).toThrow(/Argument too large/);
    expect(store.getProperty('big')).toBeNull();
  });

  it('refuses to grow a store past 500 KB', () => {
    const { g } = setUp();
    const store = g.PropertiesService.getScriptProperties();
    for (let i = 0; i < 63; i++) store.setProperty(`k${i}`, 'x'.repeat(8000));
    expect(() => store.setProperty('one-more', 'x'.repeat(8000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });

  it('shares user properties across spreadsheets but keeps document properties per spreadsheet', () => {
    const { emu, g } = setUp();
    g.PropertiesService.getUserProperties().setProperty('reminders', 'on');
    g.PropertiesService.getDocumentProperties()!.setProperty('doc', 'first');
    const second = emu.createSpreadsheet('Other team');
    expect(g.PropertiesService.getUserProperties().getProperty('reminders')).toBe('on');
    expect(g.PropertiesService.getDocumentProperties()!.getProperty('doc')).toBeNull();
    expect(emu.properties.document(second)).toEqual({});
  });

  it('keeps user properties per user', () => {
    const { emu, g } = setUp();
    g.PropertiesService.getUserProperties().setProperty('mine', '1');
    emu.setUser('manager@example.com');
    expect(g.PropertiesService.getUserProperties().getProperty('mine')).toBeNull();
    expect(emu.properties.user('hr.lead@example.com')).toEqual({ mine: '1' });
  });
});
