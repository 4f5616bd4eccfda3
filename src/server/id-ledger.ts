/**
 * The highest KPI and objective IDs the add-on has issued in the open spreadsheet, so an ID is
 * never issued twice — not even after a person deletes the highest register rows by hand.
 *
 * Decisions:
 * - Kept in the document's properties: only menu and sidebar actions issue IDs, and they always
 *   have the document; reading them costs no spreadsheet call, which keeps creating a role within
 *   its budget.
 */
import { issuedIdsFromText, withIssued, type IssuedIds } from '../core/kpi-ids';

const ISSUED_IDS_KEY = 'kpiFrameworkBuilder.issuedIds';

/**
 * What was issued so far (none when nothing was ever recorded).
 *
 * @example readIssuedIds().kpi // → 42
 */
export function readIssuedIds(): IssuedIds {
  const properties = PropertiesService.getDocumentProperties();
  return issuedIdsFromText(properties ? properties.getProperty(ISSUED_IDS_KEY) : null);
}

/**
 * Records newly issued IDs on top of what was read before.
 *
 * @example recordIssuedIds(readIssuedIds(), ['KPI-0043'])
 */
export function recordIssuedIds(before: IssuedIds, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const after = withIssued(before, ids);
  if (after.kpi === before.kpi && after.objective === before.objective) return;
  PropertiesService.getDocumentProperties()?.setProperty(ISSUED_IDS_KEY, JSON.stringify(after));
}
