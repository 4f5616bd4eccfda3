/**
 * Step 3: the KPIs — library suggestions to tick, custom KPIs to add, every field editable, the
 * live SMART check beside each KPI and the weight meter on top.
 */
import { useState } from 'preact/hooks';
import type { KpiHealthView } from '../../core/sidebar-api';
import type { Assessment } from '../assessment';
import {
  blankKpi,
  normaliseDraftWeights,
  objectiveRef,
  patchKpi,
  touchFields,
  withCurrency,
  type Draft,
  type KpiDraft,
} from '../draft';
import { isMoneyKpi } from '../currency';
import { kpiHealthAdvice } from '../kpi-health';
import { CurrencyPicker } from './currency-picker';
import { FindingList } from './finding-list';
import { KpiEditor } from './kpi-editor';
import { WeightMeter } from './weight-meter';

interface KpisStepProps {
  draft: Draft;
  assessment: Assessment;
  categories: readonly string[];
  onChange: (update: (draft: Draft) => Draft) => void;
  /** Target health by KPI ID from the KPI Dashboard (see kpi-health.ts). */
  health?: Readonly<Record<string, KpiHealthView>>;
}

export function KpisStep({ draft, assessment, categories, onChange, health }: KpisStepProps) {
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(new Set());
  const [linkTarget, setLinkTarget] = useState('');
  const chosenObjectives = draft.objectives.filter((objective) => objective.chosen);
  const suggestions = draft.kpis.filter((kpi) => kpi.origin === 'library');
  const own = draft.kpis.filter((kpi) => kpi.origin !== 'library');
  const moneyKpis = draft.kpis.filter((kpi) => kpi.included && isMoneyKpi(kpi, draft.currency));
  const unlinked = draft.kpis.filter(
    (kpi) =>
      kpi.included &&
      !chosenObjectives.some((objective) => objectiveRef(objective) === kpi.objectiveId),
  );

  const toggleOpen = (key: string) =>
    setOpenKeys((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const patch = (key: string, change: Partial<KpiDraft>) =>
    onChange((current) => ({
      ...current,
      kpis: current.kpis.map((kpi) => (kpi.key === key ? patchKpi(kpi, change) : kpi)),
    }));
  const touch = (key: string, field: string) =>
    onChange((current) => ({
      ...current,
      kpis: current.kpis.map((kpi) => (kpi.key === key ? touchFields(kpi, [field]) : kpi)),
    }));
  const remove = (key: string) =>
    onChange((current) => ({ ...current, kpis: current.kpis.filter((kpi) => kpi.key !== key) }));
  const addCustom = () => {
    const kpi = blankKpi(draft, categories);
    onChange((current) => ({ ...current, kpis: [...current.kpis, kpi] }));
    setOpenKeys((current) => new Set([...current, kpi.key]));
  };
  const chosenRefs = chosenObjectives.map(objectiveRef);
  const linkChoice = chosenRefs.includes(linkTarget) ? linkTarget : (chosenRefs[0] ?? '');
  const linkAll = () => {
    const target = linkChoice;
    if (!target) return;
    const keys = new Set(unlinked.map((kpi) => kpi.key));
    onChange((current) => ({
      ...current,
      kpis: current.kpis.map((kpi) => (keys.has(kpi.key) ? { ...kpi, objectiveId: target } : kpi)),
    }));
  };
  const editor = (kpi: KpiDraft) => (
    <KpiEditor
      key={kpi.key}
      kpi={kpi}
      findings={assessment.byKpi.get(kpi.key) ?? []}
      categories={categories}
      objectives={chosenObjectives}
      open={openKeys.has(kpi.key)}
      onToggleOpen={() => toggleOpen(kpi.key)}
      onPatch={(change) => patch(kpi.key, change)}
      onTouch={(field) => touch(kpi.key, field)}
      onRemove={() => remove(kpi.key)}
      health={kpiHealthAdvice(kpi, health)}
    />
  );

  return (
    <section aria-labelledby="kpis-step-title">
      <h2 id="kpis-step-title" tabIndex={-1}>
        KPIs
      </h2>
      <WeightMeter
        total={assessment.weightTotal}
        ready={assessment.weightsReady}
        kpiCount={assessment.template.kpis.length}
        onNormalise={() => onChange(normaliseDraftWeights)}
      />
      {draft.owner.trim() === '' && draft.kpis.length === 0 ? (
        <p class="notice">
          KPIs without an owner of their own are reviewed by the role&apos;s owner — enter that
          email on the Review step.
        </p>
      ) : null}
      {unlinked.length && chosenObjectives.length ? (
        <div class="inline-action">
          <label for="link-unlinked">
            {`Link ${unlinked.length} unlinked KPI${unlinked.length === 1 ? '' : 's'} to`}
          </label>
          <select
            id="link-unlinked"
            value={linkChoice}
            onChange={(event) => setLinkTarget(event.currentTarget.value)}
          >
            {chosenObjectives.map((objective) => (
              <option key={objective.key} value={objectiveRef(objective)}>
                {objective.objective.trim() || 'Untitled objective'}
              </option>
            ))}
          </select>
          <button type="button" class="secondary small" onClick={linkAll}>
            Link
          </button>
        </div>
      ) : null}
      {moneyKpis.length ? (
        <CurrencyPicker
          currency={draft.currency}
          moneyKpis={moneyKpis.map((kpi) => kpi.name.trim() || 'Untitled KPI')}
          onCurrency={(currency) => onChange((current) => withCurrency(current, currency))}
        />
      ) : null}
      {assessment.roleFindings.length ? (
        <FindingList title="For the role as a whole" findings={assessment.roleFindings} />
      ) : null}
      {suggestions.length ? (
        <>
          <h3>Suggested by the library</h3>
          <p class="hint">Untick a suggestion to leave it out.</p>
          <ul class="kpi-list" aria-label="Suggested KPIs">
            {suggestions.map(editor)}
          </ul>
        </>
      ) : null}
      {own.length ? (
        <>
          <h3>{draft.mode === 'update' ? 'KPIs of this role' : 'Your KPIs'}</h3>
          <ul class="kpi-list" aria-label="Your KPIs">
            {own.map(editor)}
          </ul>
        </>
      ) : null}
      {draft.kpis.length === 0 ? (
        <p class="muted">
          No KPIs yet. Add at least 3 (at most 12), including one Development KPI.
        </p>
      ) : null}
      <button type="button" class="secondary" onClick={addCustom}>
        Add a custom KPI
      </button>
    </section>
  );
}
