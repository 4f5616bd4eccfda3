/**
 * The entry points the server part (`Server.html`) implements: menu actions, the sidebar API and
 * the review trigger — every entry point that is not a custom function or a simple trigger (see
 * bundle-parts.ts). `build.js` bundles this module on its own; `Code.js` reaches it only through
 * server-part-loader.ts.
 */
import type { EntryFunction, ServerPartEntryName } from './bundle-parts';
import {
  showArchivePeriods,
  showCheckPeople,
  showClosePeriod,
  showEditRoleWizard,
  showEnterActuals,
  showHelp,
  showKpiLibrary,
  showNewRoleWizard,
  showObjectives,
  showRenameRole,
  showReviewSelectedKpis,
  showSettings,
  showStartPeriod,
} from './sidebar';
import { getObjectivesContext, saveObjectives } from './objectives/api';
import { getActualsForm, saveActuals } from './people/actuals';
import { archiveClosedPeriods } from './people/archive-periods';
import { closeReviewPeriod } from './people/close-period';
import { checkPeople, getPeopleContext, rememberManager } from './people/people-context';
import { startReviewPeriod } from './people/start-period';
import { loadRole } from './roles/load-role';
import { readRoleFile } from './roles/role-file-api';
import { getReviewContext, reviewKpis } from './review/review-kpis';
import { renameRole } from './roles/rename-role';
import { saveRole } from './roles/save-role';
import { getSidebarContext } from './roles/sidebar-context';
import { refreshDashboard } from './dashboard/refresh-dashboard';
import { setUpSheets } from './setup-api';
import {
  checkReviewsNow,
  getSettings,
  runScheduledReviews,
  saveSettings,
  setReviewReminders,
  toggleReviewReminders,
} from './review/api';

/** `satisfies` fails the type check on an entry point of these kinds missing here, or an extra one. */
export const serverEntries = {
  showNewRoleWizard,
  showEditRoleWizard,
  showRenameRole,
  showObjectives,
  showReviewSelectedKpis,
  showCheckPeople,
  showStartPeriod,
  showEnterActuals,
  showClosePeriod,
  showArchivePeriods,
  showKpiLibrary,
  refreshDashboard,
  setUpSheets,
  checkReviewsNow,
  toggleReviewReminders,
  showSettings,
  showHelp,
  runScheduledReviews,
  getSidebarContext,
  saveRole,
  loadRole,
  readRoleFile,
  getSettings,
  saveSettings,
  setReviewReminders,
  renameRole,
  getObjectivesContext,
  saveObjectives,
  getReviewContext,
  reviewKpis,
  getPeopleContext,
  checkPeople,
  startReviewPeriod,
  getActualsForm,
  saveActuals,
  rememberManager,
  closeReviewPeriod,
  archiveClosedPeriods,
} satisfies Record<ServerPartEntryName, EntryFunction>;

/** The server part's entry points, as the loader hands them to `Code.js`. */
export type ServerEntries = typeof serverEntries;
