/**
 * A list of SMART findings, each with its fix.
 */
import type { SmartFinding } from '../../core/types';

export function FindingList({
  title,
  findings,
}: {
  title: string;
  findings: readonly SmartFinding[];
}) {
  return (
    <div class="finding-block">
      <h3>{title}</h3>
      <ul class="findings">
        {findings.map((finding, index) => (
          <li
            key={`${finding.rule}-${finding.kpiIndex ?? 'role'}-${index}`}
            class={finding.severity}
          >
            <span class="letter" title="SMART letter">
              {finding.letter}
            </span>
            <span>
              {finding.message} <strong>Fix:</strong> {finding.fix}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
