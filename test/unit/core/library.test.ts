import { ROLE_LIBRARY, findLibraryRole, libraryRoleToTemplate } from '../../../src/core/library';
import { parseRoleTemplate } from '../../../src/core/role-template-schema';
import { toRoleTemplateFile } from '../../../src/core/role-file-format';
import { parseRoleTemplateFile } from '../../../src/core/role-template-file';
import { checkRole } from '../../../src/core/smart-check';
import {
  DEFAULT_CATEGORIES,
  DEVELOPMENT_CATEGORY,
  type LibraryRole,
  type Objective,
} from '../../../src/core/types';
import { weightTotal } from '../../../src/core/weights';
import { isPercentUnit } from '../../../src/core/percent-scale';
import { AGGREGATIONS } from '../../../src/core/vocabulary';

const OBJECTIVES: Objective[] = [
  {
    id: 'OBJ-001',
    objective: 'Grow revenue 20% this year',
    owner: '',
    due: '2026-12-31',
    notes: '',
  },
  { id: 'OBJ-002', objective: 'Keep our best people', owner: '', due: '', notes: '' },
];

const ALL_ROLES: LibraryRole[] = ROLE_LIBRARY.flatMap((family) => family.roles);
const ROLE_CASES = ALL_ROLES.map((role) => [role.id, role] as const);

function templateFor(role: LibraryRole) {
  return libraryRoleToTemplate(role, { owner: 'hr.lead@example.com', objectives: OBJECTIVES });
}

describe('ROLE_LIBRARY', () => {
  it('has at least the eight families the product promises, each with two or more roles', () => {
    const names = ROLE_LIBRARY.map((family) => family.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Sales',
        'HR',
        'Marketing',
        'Operations',
        'IT/Development',
        'Finance',
        'Customer Support/Success',
        'People Management',
      ]),
    );
    for (const family of ROLE_LIBRARY) {
      expect(family.roles.length).toBeGreaterThanOrEqual(2);
      expect(family.description.length).toBeGreaterThan(20);
    }
  });

  it('gives every role a unique ID under its family', () => {
    const ids = ALL_ROLES.map((role) => role.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of ROLE_LIBRARY) {
      for (const role of family.roles) {
        expect(role.family).toBe(family.name);
        expect(role.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
      }
    }
  });

  it('gives every role a unique name', () => {
    const names = ALL_ROLES.map((role) => role.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(ROLE_CASES)('%s passes the SMART check with no findings at all', (_id, role) => {
    expect(checkRole(templateFor(role))).toEqual([]);
  });

  it.each(ROLE_CASES)(
    '%s has 6–12 KPIs whose whole-number weights sum to exactly 100',
    (_id, role) => {
      expect(role.kpis.length).toBeGreaterThanOrEqual(6);
      expect(role.kpis.length).toBeLessThanOrEqual(12);
      expect(role.kpis.every((kpi) => Number.isInteger(kpi.weight) && kpi.weight > 0)).toBe(true);
      expect(weightTotal(role.kpis.map((kpi) => kpi.weight))).toBe(100);
    },
  );

  it.each(ROLE_CASES)('%s has at least one Development KPI', (_id, role) => {
    expect(role.kpis.some((kpi) => kpi.category === DEVELOPMENT_CATEGORY)).toBe(true);
  });

  it.each(ROLE_CASES)('%s has a two-to-three sentence job summary', (_id, role) => {
    const sentences = role.summary.split(/[.!?](\s|$)/).filter((part) => part.trim().length > 0);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it.each(ROLE_CASES)('%s spells out every KPI fully, with an explicit scale', (_id, role) => {
    for (const kpi of role.kpis) {
      expect(kpi.definition.split(/\s+/).length).toBeGreaterThanOrEqual(6);
      expect(kpi.dataSource.length).toBeGreaterThan(2);
      expect(DEFAULT_CATEGORIES).toContain(kpi.category);
      expect(kpi.threshold).not.toBeNull();
      // A stretch may only be left out where the target is already perfect (100% on time).
      if (kpi.stretch === null) expect([kpi.unit, kpi.target]).toEqual(['%', 1]);
    }
  });

  it.each(ROLE_CASES)(
    '%s writes percent targets as fractions, as Sheets stores percents (95% is 0.95)',
    (_id, role) => {
      for (const kpi of role.kpis.filter((candidate) => isPercentUnit(candidate.unit))) {
        // No library percent KPI is scored against more than 150% of anything.
        for (const bound of [kpi.threshold, kpi.target, kpi.stretch])
          if (bound !== null) expect(Math.abs(bound)).toBeLessThanOrEqual(1.5);
      }
    },
  );

  it.each(ROLE_CASES)('%s says how each KPI builds up over a period', (_id, role) => {
    for (const kpi of role.kpis) {
      expect(AGGREGATIONS).toContain(kpi.aggregation);
      // What is counted in a period adds up; a median of the period's cases is an average.
      if (kpi.unit === 'count' && !/average|per /i.test(kpi.definition))
        expect(kpi.aggregation).toBe('Sum');
      if (/^median\b/i.test(kpi.definition)) expect(kpi.aggregation).toBe('Average');
    }
  });

  it('names the currency of money KPIs with a currency code', () => {
    const money = ALL_ROLES.flatMap((role) =>
      role.kpis.filter((kpi) => /spend|cost|value|savings|pipeline sourced/i.test(kpi.name)),
    );
    expect(money.length).toBeGreaterThan(5);
    for (const kpi of ALL_ROLES.flatMap((role) => role.kpis)) expect(kpi.unit).not.toBe('currency');
    const units = new Set(ALL_ROLES.flatMap((role) => role.kpis.map((kpi) => kpi.unit)));
    expect(units).toContain('USD');
  });

  it('accumulates money earned or saved in a period, and averages money per unit', () => {
    const byName = new Map(ALL_ROLES.flatMap((role) => role.kpis.map((kpi) => [kpi.name, kpi])));
    expect(byName.get('Pipeline sourced')?.aggregation).toBe('Sum');
    expect(byName.get('Improvement savings delivered')?.aggregation).toBe('Sum');
    expect(byName.get('Cost per hire')?.aggregation).toBe('Average');
    expect(byName.get('Average deal size')?.aggregation).toBe('Average');
    // Attainment of a full-quarter quota builds up over the quarter, so pace prorates it.
    expect(byName.get('Quota attainment')?.aggregation).toBe('Sum');
    expect(byName.get('Net revenue retention')?.aggregation).toBe('Last');
  });

  it('uses only suggestions that read as real content, not placeholders', () => {
    const text = JSON.stringify(ROLE_LIBRARY).toLowerCase();
    for (const placeholder of ['lorem', 'tbd', 'todo', 'placeholder', 'xxx', 'kpi 1']) {
      expect(text).not.toContain(placeholder);
    }
  });

  it('keeps KPI definitions distinct across roles, apart from a few genuinely shared ones', () => {
    const definitions = ALL_ROLES.flatMap((role) => role.kpis.map((kpi) => kpi.definition));
    expect(new Set(definitions).size).toBe(definitions.length);
  });

  it('uses all three directions, including ranges where a band is ideal', () => {
    const directions = new Set(ALL_ROLES.flatMap((role) => role.kpis.map((kpi) => kpi.direction)));
    expect([...directions].sort()).toEqual(['higher', 'lower', 'range']);
  });

  it('reviews most roles quarterly and some biannually', () => {
    const cadences = ALL_ROLES.map((role) => templateFor(role).reviewCadence);
    const quarterly = cadences.filter((cadence) => cadence === 'Quarterly').length;
    expect(quarterly).toBeGreaterThan(cadences.length / 2);
    expect(cadences).toContain('Biannual');
  });
});

describe('findLibraryRole', () => {
  it('finds a role by its ID', () => {
    expect(findLibraryRole('it-development/devops-engineer')?.name).toBe('DevOps Engineer');
  });

  it('returns undefined for an unknown ID', () => {
    expect(findLibraryRole('sales/astronaut')).toBeUndefined();
  });
});

describe('libraryRoleToTemplate', () => {
  const role = findLibraryRole('hr/hr-business-partner');
  if (role === undefined) throw new Error('The library lost hr/hr-business-partner.');

  it('fills the owner and the first objective into every KPI', () => {
    const template = templateFor(role);
    expect(template.kpis.every((kpi) => kpi.owner === 'hr.lead@example.com')).toBe(true);
    expect(template.kpis.every((kpi) => kpi.objectiveId === 'OBJ-001')).toBe(true);
    expect(template).toMatchObject({
      role: 'HR Business Partner',
      family: 'HR',
      libraryRoleId: 'hr/hr-business-partner',
      jobSummary: role.summary,
      owner: 'hr.lead@example.com',
      objectives: OBJECTIVES,
    });
  });

  it('takes the library cadence and matching scorecard periods by default', () => {
    const template = templateFor(role);
    expect(template.reviewCadence).toBe('Biannual');
    expect(template.periods).toEqual(['H1', 'H2']);
  });

  it('applies a chosen cadence, objective and name to the role and its KPIs', () => {
    const template = libraryRoleToTemplate(role, {
      owner: 'ana@example.com',
      objectives: OBJECTIVES,
      objectiveId: 'OBJ-002',
      reviewCadence: 'Quarterly',
      role: 'HR Business Partner – Engineering',
    });
    expect(template.role).toBe('HR Business Partner – Engineering');
    expect(template.kpis.every((kpi) => kpi.reviewCadence === 'Quarterly')).toBe(true);
    expect(template.kpis.every((kpi) => kpi.objectiveId === 'OBJ-002')).toBe(true);
    expect(template.periods).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('leaves the objective link blank when there are no objectives yet', () => {
    const template = libraryRoleToTemplate(role, { owner: 'ana@example.com' });
    expect(template.kpis.every((kpi) => kpi.objectiveId === '')).toBe(true);
    expect(checkRole(template).map((finding) => finding.rule)).toContain('kpi.objective.missing');
  });

  it('never changes the library role', () => {
    const before = JSON.stringify(role);
    const template = templateFor(role);
    template.kpis[0]!.name = 'Changed';
    template.objectives[0]!.objective = 'Changed';
    expect(JSON.stringify(role)).toBe(before);
    expect(OBJECTIVES[0]?.objective).toBe('Grow revenue 20% this year');
  });
});

describe('library templates and the schema', () => {
  it.each(ROLE_CASES)('%s is accepted by the template schema unchanged', (_id, role) => {
    const template = templateFor(role);
    expect(parseRoleTemplate(JSON.parse(JSON.stringify(template)))).toEqual({
      ok: true,
      value: template,
    });
  });

  it.each(ROLE_CASES)('%s survives export and import as a file', (_id, role) => {
    const template = templateFor(role);
    const imported = parseRoleTemplateFile(JSON.stringify(toRoleTemplateFile(template)));
    expect(imported.ok && imported.value.template).toEqual(template);
  });
});
