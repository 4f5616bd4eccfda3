/** S: a KPI says how it is measured, so everyone measures it the same way. */
import { kpiRule, textOf } from './rule';

const MIN_DEFINITION_LENGTH = 20;
const MIN_DEFINITION_WORDS = 4;

/** The KPI has a definition. */
export const definitionMissing = kpiRule({
  id: 'kpi.definition.missing',
  letter: 'S',
  severity: 'error',
  fields: ['definition'],
  check: (kpi) =>
    textOf(kpi.definition) === ''
      ? {
          message: 'The KPI has no definition.',
          fix: 'Say how it is measured, e.g. "Closed-won revenue ÷ quota for the quarter, %".',
        }
      : null,
});

/** The definition is long enough to describe a calculation and its period. */
export const definitionShort = kpiRule({
  id: 'kpi.definition.short',
  letter: 'S',
  severity: 'warning',
  fields: ['definition'],
  check: (kpi) => {
    const definition = textOf(kpi.definition);
    const short =
      definition.length < MIN_DEFINITION_LENGTH ||
      definition.split(/\s+/).length < MIN_DEFINITION_WORDS;
    if (definition === '' || !short) return null;
    return {
      message: 'The definition is too short to measure the KPI the same way every time.',
      fix: 'Describe the calculation and its period, e.g. "Tickets solved at first contact ÷ tickets solved, per month".',
    };
  },
});
