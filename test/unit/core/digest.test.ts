import {
  composeDigest,
  escapeHtml,
  ownerAddresses,
  planDigests,
  spreadsheetUrl,
  type DigestContext,
} from '../../../src/core/digest';
import type { CalendarDate } from '../../../src/core/review-dates';
import type { ReviewedKpi, RowStatus } from '../../../src/core/review-job';

const day = (year: number, month: number, dayOfMonth: number): CalendarDate => ({
  year,
  month,
  day: dayOfMonth,
});

let nextRow = 0;
function kpi(
  owner: string,
  status: RowStatus,
  nextReview: CalendarDate | null,
  extra: Partial<ReviewedKpi> = {},
): ReviewedKpi {
  const rowIndex = nextRow++;
  return {
    rowIndex,
    kpiId: `KPI-${rowIndex}`,
    role: 'Account Executive',
    kpi: `Win rate ${rowIndex}`,
    owner,
    status,
    nextReview,
    problem: '',
    becameOverdue: false,
    newlyDue: false,
    ...extra,
  };
}

const context: DigestContext = {
  spreadsheetName: 'Sales KPIs',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  asOf: day(2026, 4, 1),
};

describe('ownerAddresses', () => {
  it('reads one or several addresses, lower-cased and without repeats', () => {
    expect(ownerAddresses(' Ana@Example.com ')).toEqual(['ana@example.com']);
    expect(ownerAddresses('ana@example.com; Bo@example.com, ana@example.com')).toEqual([
      'ana@example.com',
      'bo@example.com',
    ]);
  });

  it('reads the address out of "Name <email>", however it is spaced', () => {
    expect(ownerAddresses('Ana Ruiz <Ana@Example.com>')).toEqual(['ana@example.com']);
    expect(ownerAddresses('  Ana   Ruiz   <  ana@example.com  >  ')).toEqual(['ana@example.com']);
    expect(ownerAddresses('<ana@example.com>')).toEqual(['ana@example.com']);
    expect(
      ownerAddresses('"Ruiz, Ana" <ana@example.com>; Bo Li <bo@example.com>, cy@example.com'),
    ).toEqual(['ana@example.com', 'bo@example.com', 'cy@example.com']);
  });

  it('refuses a "Name <…>" without a usable address', () => {
    expect(ownerAddresses('Ana Ruiz <>')).toBeNull();
    expect(ownerAddresses('Ana Ruiz <ana>')).toBeNull();
    expect(ownerAddresses('Ana Ruiz <ana@example.com')).toBeNull();
    expect(ownerAddresses('Ana <ana@example.com> <bo@example.com>')).toBeNull();
    expect(ownerAddresses('Ana Ruiz <ana@example.com>; Sales team')).toBeNull();
  });

  it('refuses cells that are not addresses', () => {
    expect(ownerAddresses('Ana Lopez')).toBeNull();
    expect(ownerAddresses('ana@example.com; Sales team')).toBeNull();
    expect(ownerAddresses(' ; ')).toBeNull();
  });
});

describe('spreadsheetUrl', () => {
  it('builds the address that opens the spreadsheet from its ID', () => {
    expect(spreadsheetUrl('1AbC-d_9')).toBe('https://docs.google.com/spreadsheets/d/1AbC-d_9/edit');
  });
});

describe('planDigests', () => {
  it('sends each owner one digest with all their due and overdue KPIs across roles', () => {
    const kpis = [
      kpi('ana@example.com', 'Overdue', day(2026, 3, 1), { role: 'Account Executive' }),
      kpi('bo@example.com', 'Due soon', day(2026, 4, 10)),
      kpi('Ana@example.com', 'Due soon', day(2026, 4, 5), { role: 'Sales Manager' }),
      kpi('ana@example.com', 'Up to date', day(2026, 9, 1)),
      kpi('bo@example.com', 'Never reviewed', null),
    ];
    const plan = planDigests(kpis, context);
    expect(
      plan.digests.map((digest) => [digest.recipient, digest.overdue, digest.dueSoon]),
    ).toEqual([
      ['ana@example.com', 1, 1],
      ['bo@example.com', 0, 1],
    ]);
    expect(plan.digests[0]?.text).toContain('Account Executive — ');
    expect(plan.digests[0]?.text).toContain('Sales Manager — ');
    expect(plan.unaddressed).toEqual([]);
  });

  it('gives a KPI shared by two owners to both', () => {
    const plan = planDigests(
      [kpi('ana@example.com; bo@example.com', 'Overdue', day(2026, 3, 1))],
      context,
    );
    expect(plan.digests.map((digest) => digest.recipient)).toEqual([
      'ana@example.com',
      'bo@example.com',
    ]);
  });

  it('lists owner cells that are not addresses instead of mailing them', () => {
    const plan = planDigests(
      [kpi('Sales team', 'Overdue', day(2026, 3, 1)), kpi('', 'Overdue', day(2026, 3, 1))],
      context,
    );
    expect(plan.digests).toEqual([]);
    expect(plan.unaddressed).toEqual(['Sales team']);
  });

  it('mails an owner written as "Name <email>" at that email, with their other KPIs', () => {
    const plan = planDigests(
      [
        kpi('Ana Ruiz <ana@example.com>', 'Overdue', day(2026, 3, 1)),
        kpi('ana@example.com', 'Due soon', day(2026, 4, 5)),
        kpi('Bo Li <bo at example>', 'Overdue', day(2026, 3, 1)),
      ],
      context,
    );
    expect(
      plan.digests.map((digest) => [digest.recipient, digest.overdue, digest.dueSoon]),
    ).toEqual([['ana@example.com', 1, 1]]);
    expect(plan.unaddressed).toEqual(['Bo Li <bo at example>']);
  });

  it('has nothing to send when no KPI needs attention', () => {
    expect(planDigests([kpi('ana@example.com', 'Up to date', day(2026, 9, 1))], context)).toEqual({
      digests: [],
      unaddressed: [],
    });
  });
});

describe('composeDigest', () => {
  const kpis = [
    kpi('ana@example.com', 'Due soon', day(2026, 4, 12), { kpi: 'Pipeline coverage' }),
    kpi('ana@example.com', 'Overdue', day(2026, 3, 20), { kpi: 'Win rate', kpiId: 'KPI-0001' }),
    kpi('ana@example.com', 'Overdue', day(2026, 2, 1), { kpi: 'Quota attainment' }),
  ];

  it('says how many are overdue and due soon, and where', () => {
    expect(composeDigest('ana@example.com', kpis, context).subject).toBe(
      'KPI reviews: 2 overdue, 1 due soon in "Sales KPIs"',
    );
  });

  it('lists overdue KPIs first, each section soonest review first', () => {
    const { text } = composeDigest('ana@example.com', kpis, context);
    const order = ['Quota attainment', 'Win rate', 'Pipeline coverage'].map((name) =>
      text.indexOf(name),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('Overdue (2)');
    expect(text).toContain('Due soon (1)');
    expect(text).toContain('Account Executive — Win rate (KPI-0001): review was due 2026-03-20');
    expect(text).toContain('need a review (as of 2026-04-01)');
    expect(text).toContain(context.spreadsheetUrl);
  });

  it('escapes sheet text in the HTML body so it cannot inject markup', () => {
    const hostile = kpi('ana@example.com', 'Overdue', day(2026, 3, 1), {
      kpi: '<img src=x onerror=alert(1)>',
      role: 'R&D',
    });
    const { html } = composeDigest('ana@example.com', [hostile], {
      ...context,
      spreadsheetName: '"Q2" <plan>',
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('R&amp;D');
    expect(html).toContain('Open &quot;Q2&quot; &lt;plan&gt;');
  });

  it('keeps the subject and each item on one line', () => {
    const multiline = kpi('ana@example.com', 'Overdue', day(2026, 3, 1), { kpi: 'Win\nrate' });
    const digest = composeDigest('ana@example.com', [multiline], {
      ...context,
      spreadsheetName: 'Sales\nKPIs',
    });
    expect(digest.subject).toBe('KPI reviews: 1 overdue in "Sales KPIs"');
    expect(digest.text).toContain('- Account Executive — Win rate');
  });

  it('uses the singular for one KPI', () => {
    const one = [kpi('ana@example.com', 'Due soon', day(2026, 4, 3))];
    expect(composeDigest('ana@example.com', one, context).text).toContain(
      '1 KPI you own in "Sales KPIs" needs a review',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('long digests', () => {
  it('lists at most 50 KPIs per section and says how many more there are', () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      kpi('ana@example.com', 'Overdue', day(2026, 1, 1 + (index % 28))),
    );
    const digest = composeDigest('ana@example.com', many, context);
    expect(digest.overdue).toBe(60);
    expect(digest.text).toContain('Overdue (60)');
    expect(digest.text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(51);
    expect(digest.text).toContain('…and 10 more — see the Review status column.');
    expect(digest.html).toContain('<li>…and 10 more — see the Review status column.</li>');
  });
});

describe('news and reminders in a digest', () => {
  it('counts the KPIs that newly became due or overdue', () => {
    const plan = planDigests(
      [
        kpi('ana@example.com', 'Overdue', day(2026, 3, 1), { newlyDue: true }),
        kpi('ana@example.com', 'Due soon', day(2026, 3, 20)),
      ],
      context,
    );
    expect(plan.digests[0]?.newly).toBe(1);
  });
});
