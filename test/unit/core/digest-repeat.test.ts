import { digestIsDue, prunedLastSent } from '../../../src/core/digest-repeat';

const today = { year: 2026, month: 3, day: 9 };

describe('when a digest goes out', () => {
  it('goes out at once when something newly became due or overdue, whatever the setting', () => {
    for (const repeat of ['Off', 'Weekly', 'Daily'] as const)
      expect(digestIsDue({ newly: 1, lastSent: '2026-03-08' }, today, repeat)).toBe(true);
  });

  it('reminds weekly while things stay overdue: not the next day, again after seven', () => {
    expect(digestIsDue({ newly: 0, lastSent: '2026-03-08' }, today, 'Weekly')).toBe(false);
    expect(digestIsDue({ newly: 0, lastSent: '2026-03-03' }, today, 'Weekly')).toBe(false);
    expect(digestIsDue({ newly: 0, lastSent: '2026-03-02' }, today, 'Weekly')).toBe(true);
  });

  it('reminds every day when set to Daily, and never when Off', () => {
    expect(digestIsDue({ newly: 0, lastSent: '2026-03-08' }, today, 'Daily')).toBe(true);
    expect(digestIsDue({ newly: 0, lastSent: '2026-03-09' }, today, 'Daily')).toBe(false);
    expect(digestIsDue({ newly: 0, lastSent: '2026-01-01' }, today, 'Off')).toBe(false);
  });

  it('sends a first reminder to someone never written to, unless reminders are Off', () => {
    expect(digestIsDue({ newly: 0, lastSent: undefined }, today, 'Weekly')).toBe(true);
    expect(digestIsDue({ newly: 0, lastSent: undefined }, today, 'Off')).toBe(false);
  });

  it('forgets days older than a month, which no repeat setting needs', () => {
    expect(
      prunedLastSent({ old: '2026-01-31', recent: '2026-03-01', junk: 'soon' }, today),
    ).toEqual({
      recent: '2026-03-01',
    });
  });
});
