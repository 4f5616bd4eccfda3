/**
 * Writing a role's scorecard after its KPIs changed: a new version takes the role's plain name
 * and starts with the actuals already typed for the KPIs and periods it still has; the version it
 * replaces is renamed "Role (until YYYY-MM-DD)", marked in its first row and kept with its
 * actuals, so periods scored on it keep their scores.
 *
 * Decisions:
 * - When nothing the scorecard shows changed (only register fields such as definitions or
 *   owners did), no new version is written and the current one stays in use.
 * - The replaced sheet is renamed before the new one is inserted, so the new one can take the
 *   plain name; a failure after that puts the old name back (see write-journal.ts).
 */
import {
  carryOverActuals,
  sameScorecardContent,
  scorecardContentOf,
  scorecardLayout,
} from '../../core/scorecard-layout';
import type { RoleTemplate } from '../../core/types';
import {
  findScorecard,
  markSuperseded,
  supersedeScorecard,
  writeScorecard,
} from '../sheets/scorecard';
import type { WriteJournal } from '../write-journal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes the role's scorecard as a new version unless it would show exactly what the current one
 * shows. Returns the name of the scorecard in use afterwards; says what happened in `warnings`.
 *
 * @example saveScorecardVersion(spreadsheet, template, warnings, journal, '2026-12-01') // → 'Analyst'
 */
export function saveScorecardVersion(
  spreadsheet: Spreadsheet,
  saved: RoleTemplate,
  warnings: string[],
  journal: WriteJournal,
  day: string,
): string {
  const layout = scorecardLayout(saved);
  const previous = findScorecard(spreadsheet, saved.role);
  if (!previous) return writeScorecard(spreadsheet, saved.role, layout, journal);
  if (sameScorecardContent(previous.content, scorecardContentOf(layout))) {
    warnings.push(
      `Nothing the scorecard shows changed, so "${previous.sheetName}" was kept as it is, with its actuals.`,
    );
    return previous.sheetName;
  }
  const { layout: filled, carried, convertedPercents } = carryOverActuals(layout, previous.content);
  const replaced = supersedeScorecard(spreadsheet, previous, saved.role, day, journal);
  const sheetName = writeScorecard(spreadsheet, saved.role, filled, journal);
  markSuperseded(previous.sheet, sheetName, day, journal);
  const copied = carried
    ? ` ${carried} actual${carried === 1 ? ' was' : 's were'} copied into it for the KPIs and periods it still has.`
    : '';
  const converted = convertedPercents
    ? ` ${convertedPercents} percent actual${convertedPercents === 1 ? ' was' : 's were'} carried over as percents (93 became 93%).`
    : '';
  warnings.push(
    `The updated scorecard is "${sheetName}". The one it replaces is now "${replaced}", kept with its actuals.${copied}${converted}`,
  );
  return sheetName;
}
