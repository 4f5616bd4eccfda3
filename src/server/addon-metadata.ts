/**
 * The add-on's developer metadata on a spreadsheet: settings and the review state, stored where
 * the menu, the sidebar and the daily trigger (a spreadsheet opened by ID, no document
 * properties) can all reach them. One listing finds every entry, so code that needs several of
 * them — the review check reads both — looks them up once instead of running a finder per key.
 */

/** The add-on's entries on one spreadsheet, found by one listing. */
export interface AddonMetadata {
  /** The text stored under `key`, or null when nothing is. */
  read(key: string): string | null;
  /** Whether anything is stored under `key`, known from the listing alone (no further call). */
  has(key: string): boolean;
  /** Stores `text` under `key`, updating the entry or adding it. */
  write(key: string, text: string): void;
}

/**
 * Lists the spreadsheet's own developer metadata once (one call, plus one per entry to learn its
 * key); values are read only for the keys asked for.
 *
 * @example
 * const metadata = readAddonMetadata(spreadsheet);
 * metadata.read('kpiFrameworkBuilder.settings') // '{"dueSoonDays":14,…}' or null
 */
export function readAddonMetadata(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): AddonMetadata {
  let entries = listEntries(spreadsheet);
  return {
    read(key) {
      const entry = entries.get(key);
      return entry ? entry.getValue() : null;
    },
    has(key) {
      return entries.has(key);
    },
    write(key, text) {
      const entry = entries.get(key);
      if (entry) {
        entry.setValue(text);
        return;
      }
      spreadsheet.addDeveloperMetadata(
        key,
        text,
        SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
      );
      // Later writes in this run update the entry just made instead of adding another.
      entries = listEntries(spreadsheet);
    },
  };
}

/** Spreadsheet-level entries by key; the first of a key wins, as a finder's first match would. */
function listEntries(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Map<string, GoogleAppsScript.Spreadsheet.DeveloperMetadata> {
  const entries = new Map<string, GoogleAppsScript.Spreadsheet.DeveloperMetadata>();
  for (const entry of spreadsheet.getDeveloperMetadata()) {
    const key = entry.getKey();
    if (!entries.has(key)) entries.set(key, entry);
  }
  return entries;
}
