/** M and R: a KPI's weight is its share of the role score, and a KPI that counts has one. */
import { kpiRule } from './rule';

function isValidWeight(weight: unknown): weight is number {
  return typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 && weight <= 100;
}

/** The weight is a percent from 0 to 100. */
export const weightInvalid = kpiRule({
  id: 'kpi.weight.invalid',
  letter: 'M',
  severity: 'error',
  fields: ['weight'],
  check: (kpi) =>
    isValidWeight(kpi.weight)
      ? null
      : {
          message: 'The weight is not a number from 0 to 100.',
          fix: "Enter the KPI's share of the role score in %, e.g. 15.",
        },
});

/** A weight of 0 leaves the KPI out of the role score. */
export const weightZero = kpiRule({
  id: 'kpi.weight.zero',
  letter: 'R',
  severity: 'warning',
  fields: ['weight'],
  check: (kpi) =>
    kpi.weight === 0
      ? {
          message: 'The weight is 0, so this KPI does not count toward the role score.',
          fix: 'Give it a weight, or remove the KPI if it does not matter for the role.',
        }
      : null,
});
