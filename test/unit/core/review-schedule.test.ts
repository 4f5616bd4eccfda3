import {
  isCheckDue,
  parseReviewSchedule,
  REVIEW_MORNING_HOUR,
} from '../../../src/core/review-schedule';

const schedule = (lastDay: string) => ({ timeZone: 'America/Los_Angeles', lastDay });

describe('when the hourly trigger checks a spreadsheet', () => {
  it('waits for the morning hour of the spreadsheet’s own day', () => {
    expect(isCheckDue(schedule('2026-03-01'), { day: '2026-03-02', hour: 6 })).toBe(false);
    expect(
      isCheckDue(schedule('2026-03-01'), { day: '2026-03-02', hour: REVIEW_MORNING_HOUR }),
    ).toBe(true);
  });

  it('checks once a local day, and still later that day when the morning run was missed', () => {
    expect(isCheckDue(schedule('2026-03-02'), { day: '2026-03-02', hour: 9 })).toBe(false);
    expect(isCheckDue(schedule('2026-03-01'), { day: '2026-03-02', hour: 22 })).toBe(true);
  });

  it('checks at once a spreadsheet whose zone is not known yet', () => {
    expect(isCheckDue(null, { day: '2026-03-02', hour: 3 })).toBe(true);
    expect(isCheckDue(schedule(''), null)).toBe(true);
  });
});

describe('parseReviewSchedule', () => {
  it('reads back a stored schedule', () => {
    expect(parseReviewSchedule('{"timeZone":"Europe/Paris","lastDay":"2026-03-02"}')).toEqual({
      timeZone: 'Europe/Paris',
      lastDay: '2026-03-02',
    });
  });

  it('treats damaged text as unknown and a damaged day as never checked', () => {
    expect(parseReviewSchedule('{oops')).toBeNull();
    expect(parseReviewSchedule('{"lastDay":"2026-03-02"}')).toBeNull();
    expect(parseReviewSchedule('{"timeZone":"Asia/Tokyo","lastDay":"yesterday"}')).toEqual({
      timeZone: 'Asia/Tokyo',
      lastDay: '',
    });
  });
});
