/** S: a KPI is named after what it measures. */
import { kpiRule, textOf } from './rule';

/** Names that say nothing about what is measured. */
const VAGUE_NAMES = new Set([
  'kpi',
  'metric',
  'goal',
  'target',
  'performance',
  'results',
  'quality',
  'sales',
  'other',
  'misc',
  'tbd',
  'todo',
  'n/a',
  'test',
]);

const MIN_NAME_LENGTH = 4;

/** The KPI has a name. */
export const nameMissing = kpiRule({
  id: 'kpi.name.missing',
  letter: 'S',
  severity: 'error',
  fields: ['name'],
  check: (kpi) =>
    textOf(kpi.name) === ''
      ? {
          message: 'The KPI has no name.',
          fix: 'Name it after what it measures, e.g. "Win rate".',
        }
      : null,
});

/** The name says what is measured: not too short, not a placeholder such as "Sales". */
export const nameVague = kpiRule({
  id: 'kpi.name.vague',
  letter: 'S',
  severity: 'warning',
  fields: ['name'],
  check: (kpi) => {
    const name = textOf(kpi.name);
    if (name === '' || (name.length >= MIN_NAME_LENGTH && !VAGUE_NAMES.has(name.toLowerCase())))
      return null;
    return {
      message: `"${name}" does not say what is measured.`,
      fix: 'Use a specific name, e.g. "Quota attainment" rather than "Sales".',
    };
  },
});
