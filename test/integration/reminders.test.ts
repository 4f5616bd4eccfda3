/**
 * Review reminders through the built add-on (dist/Code.js) on the emulator: one daily trigger per
 * user however often and wherever reminders are turned on, removed when none is left.
 */
import { createEmulator, type Emulator, type EmulatedSpreadsheet } from '../../emulator';
import { loadAddon, type AddonContext } from '../helpers/addon';

const REMINDERS_KEY = 'kpiFrameworkBuilder.reminders';

interface Setup {
  emu: Emulator;
  addon: AddonContext;
}

function setUp(): Setup {
  const emu = createEmulator({ now: new Date('2026-03-02T10:00:00Z') });
  return { emu, addon: loadAddon(emu) };
}

function open(emu: Emulator, name: string): EmulatedSpreadsheet {
  return emu.createSpreadsheet(name);
}

function inSpreadsheet<T>(emu: Emulator, book: EmulatedSpreadsheet, action: () => T): T {
  emu.setActiveSpreadsheet(book);
  try {
    return action();
  } finally {
    emu.endExecution();
  }
}

function recordedIds(emu: Emulator, user?: string): string[] {
  const text = emu.properties.user(user)[REMINDERS_KEY];
  return text ? (JSON.parse(text) as string[]) : [];
}

describe('review reminders', () => {
  it('installs one hourly trigger for runScheduledReviews, however often it is turned on', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
    inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
    inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
    const triggers = emu.triggers();
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({
      handler: 'runScheduledReviews',
      type: 'CLOCK',
      everyHours: 1,
    });
    expect(recordedIds(emu)).toEqual([book.id]);
  });

  it('serves two spreadsheets with one trigger and keeps it until both are off', () => {
    const { emu, addon } = setUp();
    const sales = open(emu, 'Sales KPIs');
    const people = open(emu, 'People KPIs');
    inSpreadsheet(emu, sales, () => addon.setReviewReminders(true));
    inSpreadsheet(emu, people, () => addon.setReviewReminders(true));
    expect(emu.triggers()).toHaveLength(1);
    expect(recordedIds(emu)).toEqual([sales.id, people.id]);

    const afterFirstOff = inSpreadsheet(emu, sales, () => addon.setReviewReminders(false));
    expect(afterFirstOff).toEqual({ enabled: false, triggerInstalled: true, spreadsheets: 1 });
    expect(emu.triggers()).toHaveLength(1);

    inSpreadsheet(emu, people, () => addon.setReviewReminders(false));
    expect(emu.triggers()).toHaveLength(0);
    expect(recordedIds(emu)).toEqual([]);
  });

  it('turns on, off and on again with exactly one trigger at the end', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    expect(inSpreadsheet(emu, book, () => addon.setReviewReminders(true))).toEqual({
      enabled: true,
      triggerInstalled: true,
      spreadsheets: 1,
    });
    expect(inSpreadsheet(emu, book, () => addon.setReviewReminders(false))).toEqual({
      enabled: false,
      triggerInstalled: false,
      spreadsheets: 0,
    });
    inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
    expect(emu.triggers()).toHaveLength(1);
  });

  it('toggles from the menu and says the new state in a toast', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    inSpreadsheet(emu, book, () => addon.toggleReviewReminders());
    expect(emu.triggers()).toHaveLength(1);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/Review reminders are on/);

    inSpreadsheet(emu, book, () => addon.toggleReviewReminders());
    expect(emu.triggers()).toHaveLength(0);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/Review reminders are off/);
  });

  it('turns reminders on from the menu without a KPI Register, and says to run Set up sheets', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    const state = inSpreadsheet(emu, book, () => addon.toggleReviewReminders());

    expect(state).toEqual({ enabled: true, triggerInstalled: true, spreadsheets: 1 });
    expect(recordedIds(emu)).toEqual([book.id]);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(
      /Review reminders are on.*no "KPI Register" sheet.*Run "Set up sheets"/,
    );

    inSpreadsheet(emu, book, () => addon.setUpSheets());
    inSpreadsheet(emu, book, () => addon.toggleReviewReminders());
    inSpreadsheet(emu, book, () => addon.toggleReviewReminders());
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/Review reminders are on/);
    expect(emu.ui.toasts.at(-1)?.message).not.toMatch(/KPI Register|Set up sheets/);
  });

  it('keeps each user to their own list and their own trigger', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
    emu.setUser('manager@example.com');
    inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
    expect(
      emu
        .triggers()
        .map((trigger) => trigger.user)
        .sort(),
    ).toEqual(['hr.lead@example.com', 'manager@example.com']);
    inSpreadsheet(emu, book, () => addon.setReviewReminders(false));
    expect(emu.triggers().map((trigger) => trigger.user)).toEqual(['hr.lead@example.com']);
    expect(recordedIds(emu, 'hr.lead@example.com')).toEqual([book.id]);
  });

  it('rejects anything but true or false from the sidebar and changes nothing', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    for (const bad of ['yes', 1, null, undefined, { enabled: true }]) {
      expect(() => inSpreadsheet(emu, book, () => addon.setReviewReminders(bad))).toThrow(
        'Review reminders must be turned on or off with true or false.',
      );
    }
    expect(emu.triggers()).toHaveLength(0);
    expect(recordedIds(emu)).toEqual([]);
  });

  it('refuses a spreadsheet past the 9 KB list limit and says how to make room', () => {
    const { emu, addon } = setUp();
    let refusedAt = 0;
    for (let count = 1; count <= 400 && refusedAt === 0; count++) {
      const book = emu.createSpreadsheet(`Team ${count}`);
      try {
        inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
      } catch (error) {
        expect((error as Error).message).toMatch(
          /already on in \d+ spreadsheets, the most one person can have\. Turn them off in a spreadsheet you no longer use/,
        );
        refusedAt = count;
      }
    }
    expect(refusedAt).toBeGreaterThan(100);
    expect(recordedIds(emu)).toHaveLength(refusedAt - 1);
    expect(emu.triggers()).toHaveLength(1);
  });

  it('fails with a retry message while another change holds the user lock', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    emu.lockBusy('user');
    expect(() => inSpreadsheet(emu, book, () => addon.setReviewReminders(true))).toThrow(
      /being changed in another window\. Wait a few seconds and try again/,
    );
    emu.lockFree('user');
    expect(emu.triggers()).toHaveLength(0);
  });

  it('reports the reminder state in getSettings', () => {
    const { emu, addon } = setUp();
    const book = open(emu, 'Sales KPIs');
    const before = inSpreadsheet(emu, book, () => addon.getSettings()) as {
      reminders: unknown;
    };
    expect(before.reminders).toEqual({ enabled: false, triggerInstalled: false });
    inSpreadsheet(emu, book, () => addon.setReviewReminders(true));
    const after = inSpreadsheet(emu, book, () => addon.getSettings()) as { reminders: unknown };
    expect(after.reminders).toEqual({ enabled: true, triggerInstalled: true });
  });
});
