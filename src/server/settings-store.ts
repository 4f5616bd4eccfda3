/**
 * Where settings live: the add-on's developer metadata on the spreadsheet (see
 * addon-metadata.ts), which both the menu (active spreadsheet) and the daily trigger (spreadsheet
 * opened by ID, no document properties) can reach.
 */
import { settingsFromStoredText, type Settings } from '../core/settings';
import { readAddonMetadata, type AddonMetadata } from './addon-metadata';

export const SETTINGS_METADATA_KEY = 'kpiFrameworkBuilder.settings';

/** Reads the spreadsheet's settings (defaults when none were saved). */
export function readSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  return settingsIn(readAddonMetadata(spreadsheet));
}

/**
 * The settings among metadata already listed, for a caller that needs other entries too.
 *
 * @example
 * settingsIn(readAddonMetadata(spreadsheet)).dueSoonDays // 14
 */
export function settingsIn(metadata: AddonMetadata): Settings {
  return settingsFromStoredText(metadata.read(SETTINGS_METADATA_KEY));
}

/** Saves already-validated settings. */
export function writeSettings(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): void {
  readAddonMetadata(spreadsheet).write(SETTINGS_METADATA_KEY, JSON.stringify(settings));
}
