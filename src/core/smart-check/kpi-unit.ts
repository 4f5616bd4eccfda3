/** M: a KPI's actual is measured in a unit. */
import { kpiRule, textOf } from './rule';

/** The KPI has a unit. */
export const unitMissing = kpiRule({
  id: 'kpi.unit.missing',
  letter: 'M',
  severity: 'error',
  fields: ['unit'],
  check: (kpi) =>
    textOf(kpi.unit) === ''
      ? {
          message: 'The KPI has no unit.',
          fix: 'Enter the unit of the actual value, e.g. %, days, hours, count or score (1-5).',
        }
      : null,
});
