/**
 * Step 5: everything the role will write, the remaining findings, and the button that saves it.
 */
import type { ComponentChildren } from 'preact';
import { isPercentUnit, percentFromFraction } from '../../core/percent-scale';
import { formatPercent, type Assessment } from '../assessment';
import type { Draft } from '../draft';
import { ErrorBanner, Loading } from '../ui';
import { FindingList } from './finding-list';

/**
 * A target as HR reads it, in the person's own locale: the figure (20000 → "20,000", a percent
 * KPI's 0.95 → "95%") and the unit to show after it ('' for a percent, which carries its sign).
 *
 * @example targetParts(20000, 'USD') // { figure: '20,000', unit: 'USD' }
 */
export function targetParts(value: number, unit: string): { figure: string; unit: string } {
  if (!Number.isFinite(value)) return { figure: '—', unit: '' };
  if (isPercentUnit(unit))
    return { figure: `${formatNumber(percentFromFraction(value))}%`, unit: '' };
  return { figure: formatNumber(value), unit: unit.trim() };
}

/** A figure that never breaks across lines, then its unit, which may. */
function Measure({ figure, unit }: { figure: string; unit: string }) {
  return (
    <>
      <span class="number">{figure}</span>
      {unit ? ` ${unit}` : ''}
    </>
  );
}

function formatNumber(value: number): string {
  return value.toLocaleString(undefined, { maximumFractionDigits: 4 });
}

interface PreviewStepProps {
  draft: Draft;
  assessment: Assessment;
  /** Why the role cannot be saved yet, in words; empty when it can. */
  blockers: readonly string[];
  nameConflict?: ComponentChildren;
  saving: boolean;
  error: string | null;
  onSave: () => void;
  onDismissError: () => void;
}

export function PreviewStep({
  draft,
  assessment,
  blockers,
  nameConflict,
  saving,
  error,
  onSave,
  onDismissError,
}: PreviewStepProps) {
  const { template } = assessment;
  const objectiveText = new Map(
    template.objectives.map((objective) => [objective.id ?? '', objective.objective]),
  );
  const blocked = blockers.length > 0;
  const action = draft.mode === 'update' ? 'Save changes' : 'Create role';
  return (
    <section aria-labelledby="preview-step-title">
      <h2 id="preview-step-title" tabIndex={-1}>
        Preview
      </h2>
      <dl class="summary">
        <dt>Role</dt>
        <dd>{template.role || '—'}</dd>
        <dt>Review</dt>
        <dd>{`${template.reviewCadence}, owner ${template.owner || '—'}, reminders ${template.reminders ? 'on' : 'off'}`}</dd>
        <dt>Objectives</dt>
        <dd>{template.objectives.map((objective) => objective.objective).join(' · ') || '—'}</dd>
      </dl>
      <table class="preview-table">
        <caption class="visually-hidden">KPIs of the role</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col">Target</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {template.kpis.map((kpi, index) => (
            <tr key={`${index}-${kpi.name}`}>
              <td>
                <div>{kpi.name || 'Untitled KPI'}</div>
                <div class="muted">
                  {kpi.category}
                  {kpi.objectiveId
                    ? ` · ${objectiveText.get(kpi.objectiveId) ?? kpi.objectiveId}`
                    : ''}
                </div>
              </td>
              <td>
                <Measure {...targetParts(kpi.target, kpi.unit)} />
              </td>
              <td class="number">{formatPercent(kpi.weight)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td class="number">{formatPercent(assessment.weightTotal)}</td>
          </tr>
        </tfoot>
      </table>
      {assessment.findings.length ? (
        <FindingList
          title={`SMART check: ${assessment.errorCount} to fix, ${assessment.warningCount} to consider`}
          findings={assessment.findings}
          kpiNames={template.kpis.map((kpi) => kpi.name || 'Untitled KPI')}
        />
      ) : (
        <p class="ok-text">The SMART check found nothing to fix.</p>
      )}
      {blocked ? (
        <ul class="blockers" aria-label="Why the role cannot be saved yet">
          {blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
      ) : null}
      {nameConflict}
      <ErrorBanner message={error} onDismiss={onDismissError} />
      {saving ? (
        <Loading label={draft.mode === 'update' ? 'Saving the role…' : 'Creating the role…'} />
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="action create"
          disabled={blocked || saving}
          aria-disabled={blocked || saving}
          onClick={onSave}
        >
          {action}
        </button>
      </div>
    </section>
  );
}
