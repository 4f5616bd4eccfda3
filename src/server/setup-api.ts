/**
 * Menu: Set up sheets.
 */
import { inActiveDocument, tell } from './active-document';
import { describeSetup, ensureAddonSheets, type SetupReport } from './sheets/setup';

/**
 * Menu: creates the add-on's sheets or adds what is missing, then says what it did in a toast.
 *
 * @example setUpSheets().createdSheets // → ['KPI Register', 'Objectives', 'Review Log'] the first time
 */
export function setUpSheets(): SetupReport {
  return inActiveDocument((spreadsheet) => {
    const report = ensureAddonSheets(spreadsheet);
    tell(spreadsheet, describeSetup(report), 8);
    return report;
  });
}
