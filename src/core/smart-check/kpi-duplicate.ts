/** S: each KPI of a role measures something different. */
import { kpiRule, textOf } from './rule';

/** Case- and space-insensitive, so "Win  rate" and "win rate" count as the same KPI. */
function nameKey(name: unknown): string {
  return textOf(name).toLowerCase().replace(/\s+/g, ' ');
}

/** No earlier KPI of the role has the same name (checked only within a role). */
export const duplicateKpi = kpiRule({
  id: 'kpi.duplicate',
  letter: 'S',
  severity: 'error',
  fields: ['name'],
  check: (kpi, { role }) => {
    const key = nameKey(kpi.name);
    if (!role || key === '') return null;
    const first = role.kpis.findIndex((other) => nameKey(other.name) === key);
    if (first < 0 || first >= role.index) return null;
    return {
      message: `"${textOf(kpi.name)}" repeats KPI ${first + 1}.`,
      fix: 'Rename one so each measures something different, or remove the repeat.',
    };
  },
});
