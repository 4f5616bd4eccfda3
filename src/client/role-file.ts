/**
 * Exporting a role template as a JSON file, so a role designed in one spreadsheet can be imported
 * into another. Reading a file back is the server's (`readRoleFile`, core/role-file-import.ts):
 * its schema stays out of the sidebar.
 */
import { toRoleTemplateFile } from '../core/role-file-format';
import type { RoleTemplate } from '../core/types';

export { MAX_ROLE_FILE_BYTES, ROLE_FILE_TOO_LARGE } from '../core/role-file-format';

/**
 * The file name for an exported role: the role name made safe for every file system.
 *
 * @example roleFileName('Sales / Account Executive') // 'sales-account-executive.kpi-role.json'
 */
export function roleFileName(role: string): string {
  const slug = role
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'role'}.kpi-role.json`;
}

/**
 * The text of the exported file. Register IDs are left out: they belong to this spreadsheet's
 * register, not to the role.
 *
 * @example JSON.parse(roleFileText(template)).format // 'kpi-framework-builder/role-template'
 */
export function roleFileText(template: RoleTemplate): string {
  const portable: RoleTemplate = {
    ...template,
    kpis: template.kpis.map(({ id: _id, ...kpi }) => kpi),
  };
  return JSON.stringify(toRoleTemplateFile(portable), null, 2) + '\n';
}
