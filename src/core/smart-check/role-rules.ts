/**
 * The rules about a role as a whole: it is named, reviewed on a cadence, has enough KPIs and not
 * too many, weighs exactly 100% in all, and develops the person.
 */
import { CADENCE_MONTHS } from '../vocabulary';
import { DEVELOPMENT_CATEGORY } from '../types';
import { weightTotal, WEIGHT_TOTAL } from '../weights';
import { hasKey, roleRule, sameText, textOf } from './rule';

/** The number of KPIs a role may have: enough to cover the job, few enough to stay focused. */
export const KPI_COUNT_LIMITS = { min: 3, max: 12 } as const;

function roundToHundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The role has a name (it also names the scorecard sheet). */
export const roleNameMissing = roleRule({
  id: 'role.name.missing',
  letter: 'S',
  severity: 'error',
  check: (template) =>
    textOf(template.role) === ''
      ? {
          message: 'The role has no name.',
          fix: 'Enter the role name, e.g. "Account Executive".',
        }
      : null,
});

/** The role's review cadence is one of the known ones. */
export const roleCadenceMissing = roleRule({
  id: 'role.cadence.missing',
  letter: 'T',
  severity: 'error',
  check: (template) =>
    hasKey(CADENCE_MONTHS, template.reviewCadence)
      ? null
      : {
          message: "The role's review cadence is not set.",
          fix: 'Choose Quarterly (usual) or Biannual, Monthly or Annual.',
        },
});

/** The role has from 3 to 12 KPIs. */
export const roleKpiCount = roleRule({
  id: 'role.kpis.count',
  letter: 'S',
  severity: 'error',
  check: (_template, kpis) => {
    const count = kpis.length;
    if (count >= KPI_COUNT_LIMITS.min && count <= KPI_COUNT_LIMITS.max) return null;
    return {
      message: `The role has ${count} KPI${count === 1 ? '' : 's'}.`,
      fix:
        count < KPI_COUNT_LIMITS.min
          ? `Add KPIs until the role has at least ${KPI_COUNT_LIMITS.min}.`
          : `Keep the ${KPI_COUNT_LIMITS.max} that matter most; too many KPIs dilute focus.`,
    };
  },
});

/** The KPIs' weights add up to exactly 100%, to the hundredth. */
export const roleWeightsTotal = roleRule({
  id: 'role.weights.total',
  letter: 'M',
  severity: 'error',
  check: (_template, kpis) => {
    const total = weightTotal(kpis.map((kpi) => kpi.weight));
    if (kpis.length === 0 || total === WEIGHT_TOTAL) return null;
    return {
      message: `The weights add up to ${total}%, not ${WEIGHT_TOTAL}%.`,
      fix:
        total < WEIGHT_TOTAL
          ? `Add ${roundToHundredths(WEIGHT_TOTAL - total)} points of weight, or use Normalise.`
          : `Remove ${roundToHundredths(total - WEIGHT_TOTAL)} points of weight, or use Normalise.`,
    };
  },
});

/** The role has at least one learning or skill KPI. */
export const roleDevelopmentMissing = roleRule({
  id: 'role.development.missing',
  letter: 'R',
  severity: 'error',
  check: (_template, kpis) => {
    if (kpis.length === 0 || kpis.some((kpi) => sameText(kpi.category, DEVELOPMENT_CATEGORY)))
      return null;
    return {
      message: 'The role has no Development KPI.',
      fix: 'Add a learning or skill KPI in the Development category, e.g. "Learning hours completed".',
    };
  },
});
