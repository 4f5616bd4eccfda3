/**
 * M: a percent KPI's numbers are fractions shown as percents (95% is 0.95), as Sheets stores
 * percents. A number beyond 1,000% can only be a whole percent, as earlier versions stored them.
 */
import {
  formatMeasure,
  fractionFromPercent,
  wholePercentBound,
  WHOLE_PERCENT_LIMIT,
} from '../percent-scale';
import { kpiRule } from './rule';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A percent KPI holds no whole percents. */
export const percentWhole = kpiRule({
  id: 'kpi.percent.whole',
  letter: 'M',
  severity: 'error',
  fields: ['threshold', 'target', 'stretch', 'unit'],
  check: (kpi) => {
    const whole = wholePercentBound(kpi);
    if (!whole) return null;
    // The number as stored is the percent meant: 70 for 70%.
    const meant = whole.value;
    return {
      message: `${capitalise(whole.field)} ${formatMeasure(whole.value, kpi.unit)} is more than ${formatMeasure(WHOLE_PERCENT_LIMIT, kpi.unit)}: it reads like a whole percent (${whole.value} for ${meant}%), as earlier versions stored percents.`,
      fix: `Percent KPIs hold fractions shown as percents: enter ${meant}% (Sheets stores ${fractionFromPercent(whole.value)}).`,
    };
  },
});
