/**
 * Settings for the sidebar: the spreadsheet's settings, whether review reminders are on, and the
 * last review run as the menu, the trigger and this user's job saw it.
 */
import { parseSettings, type Settings } from '../../core/settings';
import { readAddonMetadata } from '../addon-metadata';
import { settingsIn, writeSettings } from '../settings-store';
import { updateResultsCoverage } from '../people/results-block';
import { refreshCategoryDropdown } from '../sheets/setup';
import { reminderStateFor } from './reminders';
import { newerRecord, openSpreadsheetState, readUserRecords } from './run-records';

import type { SettingsView } from '../../core/sidebar-api';
export type { SettingsView };

/**
 * Reads everything the Settings view shows.
 *
 * @example
 * settingsView(SpreadsheetApp.getActiveSpreadsheet()).reminders // { enabled: true, triggerInstalled: true }
 */
export function settingsView(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SettingsView {
  const id = spreadsheet.getId();
  const reminders = reminderStateFor(id);
  const user = readUserRecords(id);
  // A missing authorization stops the job before it reaches any spreadsheet, so it applies here too.
  const jobNote = user.job?.outcome === 'authorization-required' ? user.job : null;
  const metadata = readAddonMetadata(spreadsheet);
  const lastRun = newerRecord(
    newerRecord(openSpreadsheetState(metadata).state.lastRun, user.spreadsheet),
    jobNote,
  );
  return {
    settings: settingsIn(metadata),
    reminders: { enabled: reminders.enabled, triggerInstalled: reminders.triggerInstalled },
    lastRun,
  };
}

/**
 * Validates and saves settings, then gives the KPI Register's Category column the saved
 * categories; on bad input writes nothing and throws every problem at once.
 *
 * @example
 * saveValidSettings(spreadsheet, { dueSoonDays: 7 }).dueSoonDays // 7
 */
export function saveValidSettings(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  input: unknown,
): Settings {
  const parsed = parseSettings(input);
  if (!parsed.ok) throw new Error(`Settings were not saved: ${parsed.errors.join(' ')}`);
  const before = settingsIn(readAddonMetadata(spreadsheet)).minCoverage;
  writeSettings(spreadsheet, parsed.value);
  // The register's dropdown offers the categories Settings lists, so it follows every save.
  refreshCategoryDropdown(spreadsheet, parsed.value.categories);
  // Open periods' results are formulas with the coverage setting in them.
  if (parsed.value.minCoverage !== before)
    updateResultsCoverage(spreadsheet, parsed.value.minCoverage);
  return parsed.value;
}
