/**
 * The weight meter: how far the included KPIs' weights are from exactly 100%, and the one-click
 * fix.
 */
import { formatPercent } from '../assessment';

interface WeightMeterProps {
  total: number;
  ready: boolean;
  kpiCount: number;
  onNormalise: () => void;
}

export function WeightMeter({ total, ready, kpiCount, onNormalise }: WeightMeterProps) {
  const shown = Math.max(0, Math.min(total, 100));
  const state = ready ? 'ok' : total > 100 ? 'over' : 'under';
  const message = ready
    ? 'Weights add up to exactly 100%.'
    : total > 100
      ? `Weights add up to ${formatPercent(total)} — ${formatPercent(total - 100)} too much.`
      : `Weights add up to ${formatPercent(total)} — ${formatPercent(100 - total)} to go.`;
  return (
    <div class={`weight-meter ${state}`} data-testid="weight-meter">
      <div
        class="bar"
        role="meter"
        aria-label="Total weight"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={total}
        aria-valuetext={formatPercent(total)}
      >
        <span style={{ width: `${shown}%` }} />
      </div>
      <div class="meter-line">
        <span class="meter-text" aria-live="polite">
          {message}
        </span>
        {!ready && kpiCount > 0 ? (
          <button type="button" class="secondary small" onClick={onNormalise}>
            Normalise to 100%
          </button>
        ) : null}
      </div>
    </div>
  );
}
