/**
 * The dashboard's registry (see core/dashboard-registry.ts) in the spreadsheet's developer
 * metadata: one entry at the spreadsheet's level under the add-on's own key, found by key so
 * the read costs the same however many other entries the spreadsheet holds.
 */
import {
  DASHBOARD_REGISTRY_KEY,
  parseDashboardRegistry,
  serializeDashboardRegistry,
  type DashboardRegistry,
} from '../../core/dashboard-registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The registry as stored, and a way to store a new one. */
export interface DashboardRegistryStore {
  registry: DashboardRegistry | null;
  /** Stores `next`, writing nothing when it is what is stored already. */
  save(next: DashboardRegistry): void;
}

/**
 * Reads the registry (four calls: the finder, its key, the search, the value).
 *
 * @example openDashboardRegistry(spreadsheet).registry?.charts.ratings?.id // → 1543
 */
export function openDashboardRegistry(spreadsheet: Spreadsheet): DashboardRegistryStore {
  const entries = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(DASHBOARD_REGISTRY_KEY)
    .find();
  // Only the add-on writes this key, and only at the spreadsheet's level.
  const entry = entries[0] ?? null;
  const stored = entry ? entry.getValue() : null;
  return {
    registry: parseDashboardRegistry(stored),
    save(next) {
      const text = serializeDashboardRegistry(next);
      if (text === stored) return;
      if (entry) entry.setValue(text);
      else
        spreadsheet.addDeveloperMetadata(
          DASHBOARD_REGISTRY_KEY,
          text,
          SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
        );
    },
  };
}
