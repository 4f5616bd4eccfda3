/**
 * Where settings live: developer metadata on the spreadsheet, which both the menu (active
 * spreadsheet) and the daily trigger (spreadsheet opened by ID, no document properties) can reach.
 */
import { settingsFromStoredText, type Settings } from '../core/settings';

export const SETTINGS_METADATA_KEY = 'kpiFrameworkBuilder.settings';

function findSettingsMetadata(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(SETTINGS_METADATA_KEY).find();
  return found[0] ?? null;
}

/** Reads the spreadsheet's settings (defaults when none were saved). */
export function readSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const metadata = findSettingsMetadata(spreadsheet);
  return settingsFromStoredText(metadata ? metadata.getValue() : null);
}

/** Saves already-validated settings. */
export function writeSettings(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): void {
  const text = JSON.stringify(settings);
  const metadata = findSettingsMetadata(spreadsheet);
  if (metadata) metadata.setValue(text);
  else
    spreadsheet.addDeveloperMetadata(
      SETTINGS_METADATA_KEY,
      text,
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
}
