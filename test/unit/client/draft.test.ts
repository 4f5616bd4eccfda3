import { findLibraryRole } from '../../../src/core/library';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { LibraryRole } from '../../../src/core/types';
import {
  applyLibraryRole,
  blankDraft,
  existingRoleNamed,
  blankKpi,
  blankObjective,
  draftFromTemplate,
  normaliseDraftWeights,
  objectiveRef,
  parseMeasureText,
  parseNumberText,
  patchKpi,
  touchFields,
  templateFromDraft,
  tidyMeasureText,
  withCurrency,
  withUnit,
  type Draft,
  type KpiDraft,
} from '../../../src/client/draft';
import type { SidebarContext } from '../../../src/client/server-api';

const context: SidebarContext = {
  objectives: [
    { id: 'OBJ-001', objective: 'Grow revenue 20%', owner: 'ceo@example.com', due: '', notes: '' },
  ],
  categories: [...DEFAULT_SETTINGS.categories],
  roles: [],
  settings: { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories] },
  userEmail: 'hr.lead@example.com',
  sheetsReady: true,
};

function accountExecutive(): LibraryRole {
  const role = findLibraryRole('sales/account-executive');
  if (!role) throw new Error('The library has no Account Executive.');
  return role;
}

function chooseFirstObjective(draft: Draft): Draft {
  return {
    ...draft,
    objectives: draft.objectives.map((objective, index) => ({ ...objective, chosen: index === 0 })),
  };
}

describe('parseNumberText', () => {
  test('reads plain, pasted and percent numbers', () => {
    expect(parseNumberText('42')).toBe(42);
    expect(parseNumberText(' 1,250.5 ')).toBe(1250.5);
    expect(parseNumberText('85%')).toBe(85);
    expect(parseNumberText('-3')).toBe(-3);
  });

  test('reads blank or non-numbers as not set', () => {
    expect(parseNumberText('')).toBeNull();
    expect(parseNumberText('  ')).toBeNull();
    expect(parseNumberText('ten')).toBeNull();
    expect(parseNumberText('1e999')).toBeNull();
  });
});

describe('percent KPI numbers', () => {
  test('are read as percents typed with or without the sign, and stored as fractions', () => {
    expect(parseMeasureText('95', '%')).toBe(0.95);
    expect(parseMeasureText(' 99.95 % ', 'percent')).toBe(0.9995);
    expect(parseMeasureText('95', 'days')).toBe(95);
    expect(parseMeasureText('', '%')).toBeNull();
  });

  test('get their % sign once the person leaves the field, and lose it for other units', () => {
    expect(tidyMeasureText('95', '%')).toBe('95%');
    expect(tidyMeasureText('95 %', '%')).toBe('95%');
    expect(tidyMeasureText('95%', 'days')).toBe('95');
    expect(tidyMeasureText('ninety', '%')).toBe('ninety');
    expect(tidyMeasureText('', '%')).toBe('');
  });

  test('keep what they say when the unit changes, only their sign follows', () => {
    const start = blankDraft(context);
    const kpi: KpiDraft = { ...blankKpi(start, context.categories), threshold: '70', target: '95' };
    const percent = withUnit(kpi, '%');
    expect([percent.threshold, percent.target, percent.stretch]).toEqual(['70%', '95%', '']);
    const days = withUnit(percent, 'days');
    expect([days.unit, days.threshold, days.target]).toEqual(['days', '70', '95']);
    // Typing the unit letter by letter changes nothing until it is a percent unit.
    expect(withUnit(kpi, 'perc').target).toBe('95');
  });

  test("show a library role's percent targets as percents and save them as fractions", () => {
    const draft = applyLibraryRole(blankDraft(context), accountExecutive());
    const quota = draft.kpis.find((kpi) => kpi.name === 'Quota attainment');
    expect([quota?.threshold, quota?.target, quota?.stretch]).toEqual(['70%', '100%', '130%']);
    const saved = templateFromDraft(draft).template.kpis;
    expect(saved).toEqual(accountExecutive().kpis.map((kpi) => expect.objectContaining(kpi)));
  });

  test('read a custom percent KPI typed as 85 as 85%', () => {
    const start = blankDraft(context);
    const kpi = withUnit({ ...blankKpi(start, context.categories), target: '85' }, '%');
    expect(templateFromDraft({ ...start, kpis: [kpi] }).template.kpis[0]?.target).toBe(0.85);
  });
});

describe("the role's currency", () => {
  const money = (draft: Draft) =>
    draft.kpis.filter((kpi) => kpi.name === 'Average deal size').map((kpi) => kpi.unit);

  test('starts as US dollars, the library’s, and follows into every money KPI once picked', () => {
    const draft = applyLibraryRole(blankDraft(context), accountExecutive());
    expect(draft.currency).toBe('USD');
    expect(money(draft)).toEqual(['USD']);
    const euros = withCurrency(draft, 'EUR');
    expect(euros.currency).toBe('EUR');
    expect(money(euros)).toEqual(['EUR']);
    // Only money changes: percent and day KPIs keep their units.
    expect(euros.kpis.filter((kpi) => kpi.unit !== 'EUR').map((kpi) => kpi.unit)).toEqual(
      draft.kpis.filter((kpi) => kpi.unit !== 'USD').map((kpi) => kpi.unit),
    );
  });

  test('applies to library roles started after it was picked', () => {
    const draft = applyLibraryRole({ ...blankDraft(context), currency: 'GBP' }, accountExecutive());
    expect(money(draft)).toEqual(['GBP']);
  });

  test('is read back from a saved role', () => {
    const saved = templateFromDraft(
      withCurrency(applyLibraryRole(blankDraft(context), accountExecutive()), 'CHF'),
    ).template;
    expect(draftFromTemplate(context, saved, 'update').currency).toBe('CHF');
  });
});

describe('touched fields', () => {
  test('start empty on a custom KPI and grow as fields change or are left', () => {
    const kpi = blankKpi(blankDraft(context), context.categories);
    expect(kpi.touched).toEqual([]);
    const named = patchKpi(kpi, { name: 'Win rate', unit: '' });
    // Only what changed counts: the unit was already blank.
    expect(named.touched).toEqual(['name']);
    expect(touchFields(named, ['unit', 'name', 'key']).touched).toEqual(['name', 'unit']);
  });

  test('are not tracked on a KPI that came filled in', () => {
    const [kpi] = applyLibraryRole(blankDraft(context), accountExecutive()).kpis;
    if (!kpi) throw new Error('no KPI');
    expect(patchKpi(kpi, { name: 'Bookings' })).toEqual({ ...kpi, name: 'Bookings' });
  });
});

describe('a draft started from the library', () => {
  test('takes the role name, summary and every suggested KPI, ticked', () => {
    const role = accountExecutive();
    const draft = applyLibraryRole(blankDraft(context), role);
    expect(draft.role).toBe(role.name);
    expect(draft.jobSummary).toBe(role.summary);
    expect(draft.kpis.map((kpi) => kpi.name)).toEqual(role.kpis.map((kpi) => kpi.name));
    expect(draft.kpis.every((kpi) => kpi.included && kpi.origin === 'library')).toBe(true);
  });

  test('keeps the KPIs the person typed in when the library role changes', () => {
    const start = blankDraft(context);
    const custom = { ...blankKpi(start, context.categories), name: 'Site safety audits passed' };
    const draft = applyLibraryRole({ ...start, kpis: [custom] }, accountExecutive());
    expect(draft.kpis.at(-1)?.name).toBe('Site safety audits passed');
  });
});

describe('templateFromDraft', () => {
  test('leaves unticked suggestions out and gives owner-less KPIs the role owner', () => {
    const draft = applyLibraryRole(blankDraft(context), accountExecutive());
    const first = draft.kpis[0];
    if (!first) throw new Error('no KPI');
    const unticked = {
      ...draft,
      kpis: draft.kpis.map((kpi) => (kpi.key === first.key ? { ...kpi, included: false } : kpi)),
    };
    const { template, kpiKeys } = templateFromDraft(unticked);
    expect(template.kpis.length).toBe(draft.kpis.length - 1);
    expect(kpiKeys).not.toContain(first.key);
    expect(template.kpis.every((kpi) => kpi.owner === 'hr.lead@example.com')).toBe(true);
  });

  test('links KPIs to a new objective through its placeholder ID', () => {
    const objective = { ...blankObjective(''), objective: 'Open two new regions' };
    const start = { ...blankDraft(context), objectives: [objective] };
    const kpi = { ...blankKpi(start, context.categories), name: 'Regions opened' };
    const { template } = templateFromDraft({ ...start, kpis: [kpi] });
    expect(kpi.objectiveId).toBe(objectiveRef(objective));
    expect(template.objectives[0]?.id).toBe(template.kpis[0]?.objectiveId);
  });

  test('drops links to objectives that are not chosen', () => {
    const draft = applyLibraryRole(blankDraft(context), accountExecutive());
    const linked = {
      ...draft,
      kpis: draft.kpis.map((kpi) => ({ ...kpi, objectiveId: 'OBJ-001' })),
    };
    expect(templateFromDraft(linked).template.kpis.every((kpi) => kpi.objectiveId === '')).toBe(
      true,
    );
    const chosen = chooseFirstObjective(linked);
    expect(
      templateFromDraft(chosen).template.kpis.every((kpi) => kpi.objectiveId === 'OBJ-001'),
    ).toBe(true);
  });

  test("keeps each KPI's aggregation; a new custom KPI starts as Last", () => {
    const draft = applyLibraryRole(blankDraft(context), accountExecutive());
    const custom = blankKpi(draft, context.categories);
    const { template } = templateFromDraft({ ...draft, kpis: [...draft.kpis, custom] });
    expect(template.kpis.map((kpi) => kpi.aggregation)).toEqual([
      ...accountExecutive().kpis.map((kpi) => kpi.aggregation),
      'Last',
    ]);
  });

  test('marks a blank target as not a number so the SMART check blocks it', () => {
    const start = blankDraft(context);
    const { template } = templateFromDraft({
      ...start,
      kpis: [blankKpi(start, context.categories)],
    });
    expect(Number.isNaN(template.kpis[0]?.target)).toBe(true);
    expect(template.kpis[0]?.threshold).toBeNull();
  });
});

describe('normaliseDraftWeights', () => {
  test('makes the ticked KPIs sum to exactly 100 and leaves unticked ones alone', () => {
    const draft = applyLibraryRole(blankDraft(context), accountExecutive());
    const skewed = {
      ...draft,
      kpis: draft.kpis.map((kpi, index) =>
        index === 0 ? { ...kpi, included: false, weight: '99' } : { ...kpi, weight: '10' },
      ),
    };
    const normalised = normaliseDraftWeights(skewed);
    const ticked = normalised.kpis.filter((kpi) => kpi.included);
    const total = ticked.reduce((sum, kpi) => sum + Math.round(Number(kpi.weight) * 100), 0);
    expect(total).toBe(10000);
    expect(normalised.kpis[0]?.weight).toBe('99');
  });
});

describe('draftFromTemplate', () => {
  test('an update keeps register IDs; an import drops them', () => {
    const draft = chooseFirstObjective(applyLibraryRole(blankDraft(context), accountExecutive()));
    const { template } = templateFromDraft(draft);
    const saved = {
      ...template,
      kpis: template.kpis.map((kpi, i) => ({ ...kpi, id: `KPI-000${i}` })),
    };
    expect(draftFromTemplate(context, saved, 'update').kpis.every((kpi) => kpi.id)).toBe(true);
    expect(draftFromTemplate(context, saved, 'create').kpis.some((kpi) => kpi.id)).toBe(false);
  });

  test('turns objectives this spreadsheet lacks into new ones the KPIs still link to', () => {
    const draft = applyLibraryRole(blankDraft(context), accountExecutive());
    const { template } = templateFromDraft(draft);
    const foreign = {
      ...template,
      objectives: [
        { id: 'OBJ-077', objective: 'Win the public sector', owner: '', due: '', notes: '' },
      ],
      kpis: template.kpis.map((kpi) => ({ ...kpi, objectiveId: 'OBJ-077' })),
    };
    const imported = draftFromTemplate(context, foreign, 'create');
    const added = imported.objectives.find((objective) => !objective.id);
    expect(added?.objective).toBe('Win the public sector');
    const again = templateFromDraft(imported).template;
    expect(again.kpis.every((kpi) => kpi.objectiveId === added?.key)).toBe(true);
  });
});

describe('existingRoleNamed', () => {
  const roles = [
    { name: 'Account Executive', kpiCount: 8 },
    { name: 'Retired Role', kpiCount: 0 },
  ];

  test('finds the register role whatever the case and spacing of the typed name', () => {
    expect(existingRoleNamed(roles, '  account   EXECUTIVE ')).toEqual(roles[0]);
  });

  test('lets a name through when it is new, blank, or its role has only retired KPIs', () => {
    expect(existingRoleNamed(roles, 'Account Executive (EMEA)')).toBeUndefined();
    expect(existingRoleNamed(roles, '   ')).toBeUndefined();
    expect(existingRoleNamed(roles, 'Retired Role')).toBeUndefined();
  });
});
