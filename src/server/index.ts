/**
 * The implementation of every entry point listed in `entry-points.ts`, and nothing else.
 * `build.js` bundles this module into one namespace object and generates the top-level stubs
 * that call into it; the build fails if this map and the list disagree.
 */
import type { EntryPointName } from './entry-points';
import { onInstall, onOpen } from './menu';
import {
  showEditRoleWizard,
  showHelp,
  showKpiLibrary,
  showNewRoleWizard,
  showObjectives,
  showRenameRole,
  showReviewSelectedKpis,
  showSettings,
} from './sidebar';
import {
  KPINEXTREVIEW,
  KPIPACE,
  KPIRATING,
  KPIREVIEWSTATUS,
  KPIROLLUP,
  KPISCORE,
  KPIWEIGHTED,
} from './custom-functions';
import { getObjectivesContext, saveObjectives } from './objectives/api';
import { loadRole } from './roles/load-role';
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

/** Every entry point by name; `satisfies` fails the type check on a missing or extra one. */
export const entryPoints = {
  onOpen,
  onInstall,
  KPISCORE,
  KPIWEIGHTED,
  KPIRATING,
  KPINEXTREVIEW,
  KPIREVIEWSTATUS,
  KPIROLLUP,
  KPIPACE,
  showNewRoleWizard,
  showEditRoleWizard,
  showRenameRole,
  showObjectives,
  showReviewSelectedKpis,
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
  getSettings,
  saveSettings,
  setReviewReminders,
  renameRole,
  getObjectivesContext,
  saveObjectives,
  getReviewContext,
  reviewKpis,
} satisfies Record<EntryPointName, (...args: never[]) => unknown>;
