/**
 * One KPI of the role: a compact line (include, name, weight, findings) that opens into every
 * field, with the SMART findings and their fixes listed beside it, and — for a KPI of the
 * register the KPI Dashboard has judged — its target health beside the target, with one click to
 * apply the suggested target as a logged review.
 */
import { Findings } from './finding-list';
import { useState } from 'preact/hooks';
import { isPercentUnit } from '../../core/percent-scale';
import { TEXT_LIMITS } from '../../core/text-limits';
import type { KpiField } from '../../core/smart-check';
import type { SmartFinding } from '../../core/types';
import { shownFindings } from '../assessment';
import { healthFinding, healthRevision, type KpiHealthAdvice } from '../kpi-health';
import { callServer } from '../server-api';
import {
  AGGREGATIONS,
  CADENCES,
  DIRECTIONS,
  FREQUENCIES,
  type KpiDraft,
  type ObjectiveDraft,
  objectiveRef,
  tidyMeasureText,
  withUnit,
} from '../draft';
import {
  Checkbox,
  ErrorBanner,
  Field,
  SelectField,
  TextAreaField,
  TextField,
  useServerTask,
} from '../ui';

interface KpiEditorProps {
  kpi: KpiDraft;
  findings: readonly SmartFinding[];
  categories: readonly string[];
  objectives: readonly ObjectiveDraft[];
  open: boolean;
  onToggleOpen: () => void;
  onPatch: (change: Partial<KpiDraft>) => void;
  /** The person left a field: its findings may show now (see `shownFindings`). */
  onTouch: (field: KpiField) => void;
  onRemove: () => void;
  /** Target health from the KPI Dashboard, for a KPI of the register it has judged. */
  health?: KpiHealthAdvice | null;
}

const DIRECTION_LABELS: Record<KpiDraft['direction'], string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
  range: 'Within a range',
};

const AGGREGATION_LABELS: Record<KpiDraft['aggregation'], string> = {
  Sum: 'Sum — adds up over the period',
  Average: 'Average — a rate or a score',
  Last: 'Last — the latest level',
};

/** The one-line explanation under the aggregation drop-down. */
export const AGGREGATION_HINT =
  'How a value to date builds up over a period; only Sum KPIs are prorated when pace is checked.';

export function KpiEditor({
  kpi,
  findings,
  categories,
  objectives,
  open,
  onToggleOpen,
  onPatch,
  onTouch,
  onRemove,
  health = null,
}: KpiEditorProps) {
  const { shown: shownSmart, hidden } = shownFindings(kpi, findings);
  const shown = health?.beyondStretch ? [...shownSmart, healthFinding(kpi, health)] : shownSmart;
  const errors = shown.filter((finding) => finding.severity === 'error').length;
  const warnings = shown.length - errors;
  const title = kpi.name.trim() || 'Untitled KPI';
  const detailsId = `${kpi.key}-details`;
  const categoryOptions =
    categories.includes(kpi.category) || !kpi.category ? categories : [...categories, kpi.category];
  const objectiveOptions = [
    { value: '', label: 'Not linked yet' },
    ...objectives.map((objective) => ({
      value: objectiveRef(objective),
      label: `${objective.id ?? 'New'} · ${objective.objective.trim() || 'Untitled objective'}`,
    })),
  ];
  const isRange = kpi.direction === 'range';
  const isPercent = isPercentUnit(kpi.unit);
  const measureField = (field: 'threshold' | 'target' | 'stretch', label: string) => (
    <NumberField
      label={label}
      value={kpi[field]}
      onValue={(text) => onPatch({ [field]: text })}
      onDone={() => {
        const tidy = tidyMeasureText(kpi[field], kpi.unit);
        if (tidy !== kpi[field]) onPatch({ [field]: tidy });
        onTouch(field);
      }}
    />
  );
  return (
    <li class={`kpi ${kpi.included ? '' : 'excluded'}`} data-kpi-key={kpi.key}>
      <div class="kpi-line">
        {kpi.origin === 'library' ? (
          <Checkbox
            checked={kpi.included}
            onChecked={(included) => onPatch({ included })}
            label={<span class="kpi-name">{title}</span>}
          />
        ) : (
          <span class="kpi-name">{title}</span>
        )}
        {kpi.included ? (
          <Field label="Weight %">
            {(id) => (
              <input
                id={id}
                class="weight"
                aria-label={`Weight % of ${title}`}
                type="text"
                inputMode="decimal"
                value={kpi.weight}
                onInput={(event) => onPatch({ weight: event.currentTarget.value })}
              />
            )}
          </Field>
        ) : null}
      </div>
      {kpi.included ? (
        <div class="kpi-status">
          {health &&
          !health.applied &&
          (health.verdict === 'Too hard' || health.verdict === 'Too easy') ? (
            <span class="badge warning">{health.verdict}</span>
          ) : null}
          {findings.length === 0 && !health?.beyondStretch ? (
            <span class="badge ok">SMART</span>
          ) : (
            <>
              {errors ? <span class="badge error">{`${errors} to fix`}</span> : null}
              {warnings ? <span class="badge warning">{`${warnings} to consider`}</span> : null}
              {hidden && !shown.length ? (
                <span class="badge pending">Checked as you fill it in</span>
              ) : null}
            </>
          )}
          <button
            type="button"
            class="link"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={onToggleOpen}
          >
            {open ? 'Hide details' : 'Edit details'}
            <span class="visually-hidden">{` of ${title}`}</span>
          </button>
        </div>
      ) : null}
      {kpi.included && shown.length ? (
        <Findings findings={shown} label={`SMART check for ${title}`} />
      ) : null}
      {kpi.included && open ? (
        <div class="kpi-details" id={detailsId}>
          <TextField
            label="KPI name"
            maxLength={TEXT_LIMITS.name}
            value={kpi.name}
            onValue={(name) => onPatch({ name })}
            onBlur={() => onTouch('name')}
          />
          <TextAreaField
            label="Definition (how it is measured)"
            rows={3}
            maxLength={TEXT_LIMITS.definition}
            value={kpi.definition}
            onValue={(definition) => onPatch({ definition })}
            onBlur={() => onTouch('definition')}
          />
          <div class="row unit-direction">
            <TextField
              label="Unit"
              maxLength={TEXT_LIMITS.shortText}
              value={kpi.unit}
              hint="%, days, count, USD…"
              onValue={(unit) => onPatch(withUnit(kpi, unit))}
              onBlur={() => onTouch('unit')}
            />
            <SelectField
              label="Direction"
              value={kpi.direction}
              options={DIRECTIONS.map((value) => ({ value, label: DIRECTION_LABELS[value] }))}
              onValue={(direction) => onPatch({ direction })}
            />
          </div>
          <div class="row three">
            {measureField('threshold', 'Threshold')}
            {measureField('target', isRange ? 'Band from' : 'Target')}
            {measureField('stretch', isRange ? 'Band to' : 'Stretch')}
          </div>
          {health ? (
            <TargetHealth kpi={kpi} advice={health} onApplied={(target) => onPatch({ target })} />
          ) : null}
          <p class="hint">
            {isRange
              ? 'Inside the band scores 100%; the threshold, outside the band, scores 0.'
              : 'Threshold scores 0, target scores 100%, stretch scores the cap. Leave threshold or stretch blank for the default.'}
            {isPercent ? ' In percent: type 95 or 95% for 95%.' : ''}
          </p>
          <div class="row">
            <SelectField
              label="Frequency"
              value={kpi.frequency}
              options={FREQUENCIES}
              onValue={(frequency) => onPatch({ frequency })}
            />
            <SelectField
              label="Review cadence"
              value={kpi.reviewCadence}
              options={CADENCES}
              onValue={(reviewCadence) => onPatch({ reviewCadence })}
            />
          </div>
          <SelectField
            label="Aggregation"
            value={kpi.aggregation}
            options={AGGREGATIONS.map((value) => ({ value, label: AGGREGATION_LABELS[value] }))}
            hint={AGGREGATION_HINT}
            onValue={(aggregation) => onPatch({ aggregation })}
          />
          <TextField
            label="Data source"
            maxLength={TEXT_LIMITS.shortText}
            value={kpi.dataSource}
            onValue={(dataSource) => onPatch({ dataSource })}
            onBlur={() => onTouch('dataSource')}
          />
          <SelectField
            label="Category"
            value={kpi.category}
            options={categoryOptions}
            onValue={(category) => onPatch({ category })}
          />
          <SelectField
            label="Objective"
            value={kpi.objectiveId}
            options={objectiveOptions}
            onValue={(objectiveId) => onPatch({ objectiveId })}
            hint={
              objectives.length ? undefined : 'Choose or add objectives on the Objectives step.'
            }
          />
          <TextField
            label="Owner email"
            type="email"
            maxLength={TEXT_LIMITS.email}
            value={kpi.owner}
            placeholder="The role's owner"
            onValue={(owner) => onPatch({ owner })}
            onBlur={() => onTouch('owner')}
          />
          {kpi.origin !== 'library' ? (
            <button type="button" class="secondary" onClick={onRemove}>
              Remove {title}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/**
 * The verdict and suggested target beside the target, and the one click that applies the
 * suggestion through `reviewKpis` (a Revise, logged in the Review Log).
 */
function TargetHealth({
  kpi,
  advice,
  onApplied,
}: {
  kpi: KpiDraft;
  advice: KpiHealthAdvice;
  /** The suggestion was recorded: the target field shows it. */
  onApplied: (target: string) => void;
}) {
  const apply = useServerTask();
  const [notice, setNotice] = useState('');
  const title = kpi.name.trim() || 'this KPI';
  const applyIt = async () => {
    if (!kpi.id || advice.suggestedTarget === null) return;
    const request = healthRevision(kpi.id, advice.suggestedTarget);
    const result = await apply.run(() => callServer('reviewKpis', request));
    if (!result) return;
    onApplied(advice.suggested);
    setNotice(`Target set to ${advice.suggested} and logged as a review of ${kpi.id}.`);
  };
  return (
    <div class="health" data-testid="target-health">
      <span>
        {advice.applied
          ? `Target health at the last Refresh dashboard: ${advice.verdict}, before the target became the suggestion.`
          : `Target health: ${advice.verdict}.`}
      </span>
      {advice.suggested && !advice.applied ? (
        <span>{`Suggested target: ${advice.suggested}`}</span>
      ) : null}
      {advice.suggested && !advice.beyondStretch && !advice.applied ? (
        <button
          type="button"
          class="secondary small"
          disabled={apply.busy}
          onClick={() => void applyIt()}
        >
          {apply.busy ? 'Applying…' : 'Apply'}
          <span class="visually-hidden">{` the suggested target to ${title}`}</span>
        </button>
      ) : null}
      {notice ? (
        <span class="ok-text" role="status">
          {notice}
        </span>
      ) : null}
      <ErrorBanner message={apply.error} onDismiss={apply.clearError} />
    </div>
  );
}

function NumberField({
  label,
  value,
  onValue,
  onDone,
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Called when the person leaves the field, to tidy what they typed. */
  onDone: () => void;
}) {
  return (
    <TextField
      label={label}
      inputMode="decimal"
      class="number"
      value={value}
      onValue={onValue}
      onBlur={onDone}
    />
  );
}
