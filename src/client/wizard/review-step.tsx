/**
 * Step 4: how the role is kept on schedule — review cadence, the owner, reminders, and the
 * scorecard's scoring periods.
 */
import { useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../core/text-limits';
import type { ReviewCadence } from '../../core/types';
import { CADENCES, type Draft } from '../draft';
import { Checkbox, SelectField, TextField } from '../ui';

interface ReviewStepProps {
  draft: Draft;
  onChange: (update: (draft: Draft) => Draft) => void;
}

/**
 * Period labels from the comma-separated text field.
 *
 * @example parsePeriods('Q1, Q2,,Q3') // ['Q1', 'Q2', 'Q3']
 */
export function parsePeriods(text: string): string[] {
  return text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');
}

export function ReviewStep({ draft, onChange }: ReviewStepProps) {
  // The text is kept as typed ("Q1, " while adding Q2); the draft holds the parsed labels.
  const [periodsText, setPeriodsText] = useState(draft.periods.join(', '));
  const setCadence = (reviewCadence: ReviewCadence) =>
    onChange((current) => ({
      ...current,
      reviewCadence,
      // The role's cadence is the default of its KPIs: KPIs that followed the old default follow
      // the new one, KPIs given their own cadence keep it.
      kpis: current.kpis.map((kpi) =>
        kpi.reviewCadence === current.reviewCadence ? { ...kpi, reviewCadence } : kpi,
      ),
    }));
  return (
    <section aria-labelledby="review-step-title">
      <h2 id="review-step-title" tabIndex={-1}>
        Review
      </h2>
      <SelectField
        label="Review cadence"
        value={draft.reviewCadence}
        options={CADENCES}
        hint="KPIs that use the role's cadence follow this choice."
        onValue={setCadence}
      />
      <TextField
        label="Owner email"
        type="email"
        maxLength={TEXT_LIMITS.email}
        value={draft.owner}
        hint="Reviews every KPI that has no owner of its own."
        onValue={(owner) => onChange((current) => ({ ...current, owner }))}
      />
      <Checkbox
        label="Email review reminders (a daily check marks KPIs due or overdue)"
        checked={draft.reminders}
        onChecked={(reminders) => onChange((current) => ({ ...current, reminders }))}
      />
      <TextField
        label="Scoring periods"
        value={periodsText}
        hint="Comma-separated labels; the scorecard gets one actuals column per period."
        onValue={(text) => {
          setPeriodsText(text);
          onChange((current) => ({ ...current, periods: parsePeriods(text) }));
        }}
      />
    </section>
  );
}
