/**
 * What a role's register rows cannot hold — job summary, library origin, scoring periods, the
 * name of its current scorecard sheet — kept as spreadsheet developer metadata so "Edit role" can
 * rebuild the whole template. One entry per role; the latest save wins.
 */
import { roleKey } from '../../core/register-record';
import type { ReviewCadence } from '../../core/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ROLE_METADATA_KEY = 'kpiFrameworkBuilder.role';

export interface StoredRole {
  role: string;
  /** The role's current scorecard sheet. */
  sheetName: string;
  jobSummary: string;
  family: string;
  libraryRoleId: string;
  periods: string[];
  owner: string;
  reviewCadence: ReviewCadence;
  reminders: boolean;
}

/**
 * Records a newly created role (one call: the add-on's budget for creating a role is tight).
 *
 * @example recordNewRole(spreadsheet, { role: 'Analyst', sheetName: 'Analyst', ... })
 */
export function recordNewRole(spreadsheet: Spreadsheet, stored: StoredRole): void {
  spreadsheet.addDeveloperMetadata(
    ROLE_METADATA_KEY,
    JSON.stringify(stored),
    SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
  );
}

/**
 * Replaces the stored details of an existing role, or records them if there were none.
 *
 * @example recordUpdatedRole(spreadsheet, { ...stored, sheetName: 'Analyst (2)' })
 */
export function recordUpdatedRole(spreadsheet: Spreadsheet, stored: StoredRole): void {
  const entry = findEntries(spreadsheet)
    .filter((item) => roleKey(item.stored.role) === roleKey(stored.role))
    .pop();
  if (entry) entry.metadata.setValue(JSON.stringify(stored));
  else recordNewRole(spreadsheet, stored);
}

/**
 * The stored details of a role, or `null` when none were recorded (e.g. rows typed by hand).
 *
 * @example findStoredRole(spreadsheet, 'Analyst')?.jobSummary // → 'Turns data into decisions…'
 */
export function findStoredRole(spreadsheet: Spreadsheet, role: string): StoredRole | null {
  const matches = findEntries(spreadsheet).filter(
    (item) => roleKey(item.stored.role) === roleKey(role),
  );
  return matches.pop()?.stored ?? null;
}

function findEntries(
  spreadsheet: Spreadsheet,
): Array<{ metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata; stored: StoredRole }> {
  const entries: Array<{
    metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
    stored: StoredRole;
  }> = [];
  for (const metadata of spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(ROLE_METADATA_KEY)
    .find()) {
    const stored = parseStoredRole(metadata.getValue());
    if (stored) entries.push({ metadata, stored });
  }
  return entries;
}

function parseStoredRole(text: string | null): StoredRole | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const cadence = record.reviewCadence;
    return {
      role: String(record.role ?? ''),
      sheetName: String(record.sheetName ?? ''),
      jobSummary: String(record.jobSummary ?? ''),
      family: String(record.family ?? ''),
      libraryRoleId: String(record.libraryRoleId ?? ''),
      periods: Array.isArray(record.periods) ? record.periods.map(String) : [],
      owner: String(record.owner ?? ''),
      reviewCadence:
        cadence === 'Monthly' || cadence === 'Biannual' || cadence === 'Annual'
          ? cadence
          : 'Quarterly',
      reminders: record.reminders === true,
    };
  } catch (_error) {
    // Metadata edited by hand must not stop "Edit role"; the register rows still load.
    return null;
  }
}
