/** M: a KPI's actual comes from somewhere people can look it up. */
import { kpiRule, textOf } from './rule';

/** The KPI names its data source. */
export const dataSourceMissing = kpiRule({
  id: 'kpi.data-source.missing',
  letter: 'M',
  severity: 'warning',
  fields: ['dataSource'],
  check: (kpi) =>
    textOf(kpi.dataSource) === ''
      ? {
          message: 'The KPI has no data source.',
          fix: 'Say where the actual value comes from, e.g. "CRM (closed-won opportunities)" or "HRIS".',
        }
      : null,
});
