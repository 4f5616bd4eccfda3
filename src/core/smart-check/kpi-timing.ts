/** T: a KPI is measured on a schedule and reviewed on a cadence, and each review has new data. */
import { CADENCE_MONTHS, FREQUENCY_MONTHS } from '../vocabulary';
import { hasKey, kpiRule } from './rule';

/** The measurement frequency is one of the known ones. */
export const frequencyMissing = kpiRule({
  id: 'kpi.frequency.missing',
  letter: 'T',
  severity: 'error',
  fields: ['frequency'],
  check: (kpi) =>
    hasKey(FREQUENCY_MONTHS, kpi.frequency)
      ? null
      : {
          message: 'The measurement frequency is not set.',
          fix: 'Choose how often the actual is measured: Weekly, Monthly, Quarterly, Biannual or Annual.',
        },
});

/** The review cadence is one of the known ones. */
export const cadenceMissing = kpiRule({
  id: 'kpi.cadence.missing',
  letter: 'T',
  severity: 'error',
  fields: ['reviewCadence'],
  check: (kpi) =>
    hasKey(CADENCE_MONTHS, kpi.reviewCadence)
      ? null
      : {
          message: 'The review cadence is not set.',
          fix: 'Choose how often the KPI is reviewed: Quarterly (usual) or Biannual, Monthly or Annual.',
        },
});

/** The KPI is measured at least as often as it is reviewed. */
export const frequencySlowerThanReview = kpiRule({
  id: 'kpi.frequency.slower-than-review',
  letter: 'T',
  severity: 'warning',
  fields: ['frequency', 'reviewCadence'],
  check: (kpi) => {
    const { frequency, reviewCadence: cadence } = kpi;
    if (!hasKey(FREQUENCY_MONTHS, frequency) || !hasKey(CADENCE_MONTHS, cadence)) return null;
    if (FREQUENCY_MONTHS[frequency] <= CADENCE_MONTHS[cadence]) return null;
    return {
      message: `Measured ${frequency.toLowerCase()} but reviewed ${cadence.toLowerCase()}, so some reviews will have no new data.`,
      fix: `Measure it at least ${cadence.toLowerCase()}, or review it less often.`,
    };
  },
});
