/**
 * The data-validation dropdowns and colour rules Set up sheets puts on the add-on's columns.
 * Built with Apps Script's builders; the callers apply them to open-ended column ranges, so rows
 * added later are covered too.
 */
import { AGGREGATIONS, DIRECTIONS, KPI_STATUSES, REVIEW_CADENCES } from '../../core/vocabulary';
import { PERIOD_STATES, PERSON_STATUSES } from '../../core/sheet-layouts';
import type { DropdownKind } from './sheet-specs';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Review status colours: Google's light red, amber and green fills with matching text. */
export const STATUS_COLOURS = [
  { status: 'Overdue', background: '#f4c7c3', font: '#a50e0e' },
  { status: 'Due soon', background: '#fce8b2', font: '#7a4f01' },
  { status: 'Up to date', background: '#b7e1cd', font: '#0d652d' },
] as const;

/** What some dropdowns list, read only when such a dropdown is made. */
export interface DropdownSources {
  categories: () => string[];
  /** The register's Role column below its header, or null when there is none. */
  registerRoles?: () => Range | null;
}

/**
 * The dropdown for a column of the given kind, or null when its source is missing (People's Role
 * dropdown without a register).
 *
 * @example sheet.getRange('H2:H').setDataValidation(columnDropdown('direction', sources)!)
 */
export function columnDropdown(
  kind: DropdownKind,
  sources: DropdownSources,
): DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation();
  const list = (values: readonly string[], help: string, strict = true) =>
    builder
      .requireValueInList([...values], true)
      .setAllowInvalid(!strict)
      .setHelpText(help)
      .build();
  switch (kind) {
    case 'direction':
      return list(
        DIRECTIONS,
        'Choose higher (more is better), lower (less is better) or range (an ideal band).',
      );
    case 'cadence':
      return list(
        REVIEW_CADENCES,
        'Choose how often the KPI is reviewed: Monthly, Quarterly, Biannual or Annual.',
      );
    case 'category':
      // Categories change in Settings; an old category should warn, not block the row.
      return list(
        sources.categories(),
        'Choose a category; add new ones in KPI Framework Builder › Settings.',
        false,
      );
    case 'kpi-status':
      return list(
        KPI_STATUSES,
        'Active KPIs are scored in new review periods; a Retired KPI keeps its row and history. Blank means Active.',
      );
    case 'aggregation':
      return list(
        AGGREGATIONS,
        'How a value to date builds up over a period: Sum adds up (sales), Average and Last do not. Only Sum KPIs are prorated when pace is checked.',
      );
    case 'person-status':
      return list(PERSON_STATUSES, 'Active people are scored in new periods. Blank means Active.');
    case 'period-state':
      return list(
        PERIOD_STATES,
        'Start and close periods from KPI Framework Builder › People, which also protects a closed period.',
      );
    case 'register-role': {
      const roles = sources.registerRoles?.() ?? null;
      if (!roles) return null;
      // A role not yet in the register warns rather than blocks: HR may paste people first.
      return builder
        .requireValueInRange(roles, true)
        .setAllowInvalid(true)
        .setHelpText('Choose a role from the KPI Register; each person is scored on its KPIs.')
        .build();
    }
  }
}

/**
 * Review status colour rules for a column range.
 *
 * @example sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...statusColourRules(range)])
 */
export function statusColourRules(
  range: Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return STATUS_COLOURS.map(({ status, background, font }) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(status)
      .setBackground(background)
      .setFontColor(font)
      .setRanges([range])
      .build(),
  );
}
