/**
 * "Review selected KPIs": every KPI of each selected KPI's role, the selected ones first; per KPI
 * a decision (Keep, Revise or Retire) with a note, revisions with their new numbers and the day
 * they take effect, the live SMART check and weight meter of each role after the decisions, and
 * one Save that sends the whole batch.
 */
import { Findings } from '../wizard/finding-list';
import { useEffect, useState } from 'preact/hooks';
import { isPercentUnit } from '../../core/percent-scale';
import type { ReviewContext, ReviewKpiView } from '../../core/sidebar-api';
import type { SmartFinding } from '../../core/types';
import { measureText, tidyMeasureText } from '../draft';
import { callServer } from '../server-api';
import { ErrorBanner, Loading, SelectField, TextAreaField, TextField, useServerTask } from '../ui';
import { WeightMeter } from '../wizard/weight-meter';
import { FindingList } from '../wizard/finding-list';
import { MenuView } from './menu-view';
import {
  assessReview,
  healthAdvice,
  normaliseRoleWeights,
  orderedKpis,
  reviewBlockers,
  reviewDraftFrom,
  reviewRequest,
  smartBlocker,
  type DecisionChoice,
  type DecisionDraft,
  type ReviewDraft,
} from './review-decisions';

const DIRECTION_WORDS: Record<ReviewKpiView['direction'], string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  range: 'within a range',
};

export function ReviewKpisView({ onBack }: { onBack: () => void }) {
  const load = useServerTask();
  const save = useServerTask();
  const [context, setContext] = useState<ReviewContext | null>(null);
  const [draft, setDraft] = useState<ReviewDraft>({});
  const [notice, setNotice] = useState('');

  const reload = async () => {
    const result = await load.run(() => callServer('getReviewContext'));
    if (!result) return;
    setContext(result);
    setDraft(reviewDraftFrom(result));
  };
  useEffect(() => void reload(), []);

  const patch = (kpiId: string, change: Partial<DecisionDraft>) => {
    setNotice('');
    setDraft((current) => {
      const entry = current[kpiId];
      return entry ? { ...current, [kpiId]: { ...entry, ...change } } : current;
    });
  };
  const assessments = context ? assessReview(context, draft) : [];
  const smart = smartBlocker(assessments);
  const blockers = context ? [...reviewBlockers(context, draft), ...(smart ? [smart] : [])] : [];
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!context || blockers.length) return;
    const request = reviewRequest(context, draft);
    const result = await save.run(() => callServer('reviewKpis', request));
    if (!result) return;
    await reload();
    setNotice(result.message);
  };

  return (
    <MenuView
      id="review-title"
      title="Review selected KPIs"
      onBack={onBack}
      busy={load.busy || save.busy}
    >
      <p class="muted">
        Decide for each KPI whether it still fits the business: keep it, revise it from a date, or
        retire it.
      </p>
      {load.busy && !context ? <Loading label="Loading the selected KPIs…" /> : null}
      <ErrorBanner message={load.error} />
      {context && context.roles.length === 0 ? (
        <p class="notice">
          No KPI is selected. Select KPI rows in the KPI Register, then choose Reviews → Review
          selected KPIs again.
        </p>
      ) : null}
      {context && context.roles.length ? (
        <form onSubmit={submit}>
          {context.roles.map(({ role, kpis }, index) => {
            const assessment = assessments[index];
            return (
              <section key={role} class="review-role" aria-labelledby={`review-role-${index}`}>
                <h2 id={`review-role-${index}`}>{role}</h2>
                <ul class="kpi-list">
                  {orderedKpis(kpis).map((kpi) => (
                    <ReviewItem
                      key={kpi.kpiId}
                      kpi={kpi}
                      draft={draft[kpi.kpiId]}
                      findings={assessment?.byKpi[kpi.kpiId] ?? []}
                      onPatch={(change) => patch(kpi.kpiId, change)}
                    />
                  ))}
                </ul>
                {assessment ? (
                  <>
                    <WeightMeter
                      total={assessment.weightTotal}
                      ready={assessment.weightsReady}
                      kpiCount={assessment.activeCount}
                      onNormalise={() => setDraft((current) => normaliseRoleWeights(kpis, current))}
                    />
                    {assessment.roleFindings.length ? (
                      <FindingList
                        title={`SMART check for ${role}`}
                        findings={assessment.roleFindings}
                      />
                    ) : null}
                  </>
                ) : null}
              </section>
            );
          })}
          {blockers.length ? (
            <ul class="blockers" aria-label="Before saving">
              {blockers.map((blocker) => (
                <li key={blocker}>{blocker}</li>
              ))}
            </ul>
          ) : null}
          <ErrorBanner message={save.error} onDismiss={save.clearError} />
          {notice ? (
            <p class="ok-text" role="status">
              {notice}
            </p>
          ) : null}
          <div class="actions">
            <button type="submit" class="action" disabled={save.busy || blockers.length > 0}>
              {save.busy ? 'Saving…' : 'Save review'}
            </button>
          </div>
        </form>
      ) : null}
    </MenuView>
  );
}

function ReviewItem({
  kpi,
  draft,
  findings,
  onPatch,
}: {
  kpi: ReviewKpiView;
  draft: DecisionDraft | undefined;
  findings: readonly SmartFinding[];
  onPatch: (change: Partial<DecisionDraft>) => void;
}) {
  if (!draft) return null;
  const retired = kpi.status === 'Retired';
  const isRange = kpi.direction === 'range';
  const advice = healthAdvice(kpi);
  const options: Array<{ value: DecisionChoice; label: string }> = [
    ...(kpi.selected ? [] : [{ value: '' as const, label: 'No decision' }]),
    { value: 'Keep', label: 'Keep' },
    { value: 'Revise', label: 'Revise' },
    { value: 'Retire', label: 'Retire' },
  ];
  const measure = (field: 'threshold' | 'target' | 'stretch', label: string) => (
    <TextField
      label={label}
      inputMode="decimal"
      class="number"
      value={draft[field]}
      onValue={(value) => onPatch({ [field]: value })}
      onBlur={() => {
        const tidy = tidyMeasureText(draft[field], kpi.unit);
        if (tidy !== draft[field]) onPatch({ [field]: tidy });
      }}
    />
  );
  const apply = () => {
    if (!advice?.suggested) return;
    onPatch({ decision: 'Revise', target: advice.suggested });
  };
  const numbers = [
    kpi.threshold === null ? null : `threshold ${measureText(kpi.threshold, kpi.unit)}`,
    `${isRange ? 'band from' : 'target'} ${measureText(kpi.target, kpi.unit)}`,
    kpi.stretch === null
      ? null
      : `${isRange ? 'band to' : 'stretch'} ${measureText(kpi.stretch, kpi.unit)}`,
    `weight ${kpi.weight}%`,
  ].filter((part): part is string => part !== null);
  return (
    <li
      class={`kpi review-kpi ${kpi.selected ? 'selected' : ''} ${retired ? 'excluded' : ''}`}
      data-kpi-id={kpi.kpiId}
    >
      <div class="kpi-line">
        <span class="kpi-name">{kpi.kpi}</span>
        {kpi.selected ? <span class="badge pending">Selected</span> : null}
      </div>
      <div class="hint">{`${kpi.kpiId} · ${kpi.unit} · ${DIRECTION_WORDS[kpi.direction]}`}</div>
      <div class="hint">{numbers.join(' · ')}</div>
      <div class="hint">{`Review: ${kpi.reviewStatus || '—'}${kpi.lastReviewed ? ` · last ${kpi.lastReviewed}` : ''}`}</div>
      {advice ? (
        <div class="health" data-testid="target-health">
          <span>{`Target health: ${advice.verdict}.`}</span>
          {advice.suggested ? <span>{`Suggested target: ${advice.suggested}`}</span> : null}
          {advice.suggested && !retired ? (
            <button type="button" class="secondary small" onClick={apply}>
              Apply<span class="visually-hidden">{` the suggested target to ${kpi.kpi}`}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {advice?.beyondStretch ? (
        <ul class="findings" aria-label={`Target health finding for ${kpi.kpi}`}>
          <li class="warning">
            <span class="letter" title="SMART letter">
              A
            </span>
            <span>
              {`The suggested target ${advice.suggested} is beyond the stretch ${measureText(kpi.stretch, kpi.unit)}.`}{' '}
              <strong>Fix:</strong> Raise the stretch with it when you apply it, or choose a target
              within the stretch.
            </span>
          </li>
        </ul>
      ) : null}
      {retired ? (
        <p class="muted">Retired — it no longer counts toward the role.</p>
      ) : (
        <>
          <SelectField
            label={`Decision for ${kpi.kpi}`}
            value={draft.decision}
            options={options}
            onValue={(decision) => onPatch({ decision })}
          />
          {draft.decision === 'Revise' ? (
            <div class="kpi-details">
              <div class="row three">
                {measure('threshold', 'Threshold')}
                {measure('target', isRange ? 'Band from' : 'Target')}
                {measure('stretch', isRange ? 'Band to' : 'Stretch')}
              </div>
              {isPercentUnit(kpi.unit) ? (
                <p class="hint">In percent: type 95 or 95% for 95%.</p>
              ) : null}
              <TextField
                label="Weight %"
                inputMode="decimal"
                class="number"
                value={draft.weight}
                onValue={(weight) => onPatch({ weight })}
              />
              <TextAreaField
                label="Definition"
                rows={3}
                maxLength={1000}
                value={draft.definition}
                onValue={(definition) => onPatch({ definition })}
              />
              <TextField
                label="Effective from"
                type="date"
                value={draft.effectiveFrom}
                onValue={(effectiveFrom) => onPatch({ effectiveFrom })}
              />
            </div>
          ) : null}
          {draft.decision ? (
            <TextField
              label="Note"
              maxLength={500}
              value={draft.note}
              onValue={(note) => onPatch({ note })}
            />
          ) : null}
        </>
      )}
      {findings.length ? (
        <Findings findings={findings} label={`SMART check for ${kpi.kpi}`} />
      ) : null}
    </li>
  );
}
