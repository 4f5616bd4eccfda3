/** M: a KPI says which way is better. */
import { isKnownDirection, kpiRule } from './rule';

/** The direction is higher, lower or range. */
export const directionMissing = kpiRule({
  id: 'kpi.direction.missing',
  letter: 'M',
  severity: 'error',
  fields: ['direction'],
  check: (kpi) =>
    isKnownDirection(kpi.direction)
      ? null
      : {
          message: 'The direction is not set.',
          fix: 'Choose higher (more is better), lower (less is better) or range (an ideal band).',
        },
});
