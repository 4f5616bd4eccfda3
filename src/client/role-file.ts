/**
 * Exporting a role template as a JSON file and reading one back, so a role designed in one
 * spreadsheet can be imported into another. The file format and its validation live in core.
 */
import { parseRoleTemplateFile, toRoleTemplateFile } from '../core/role-template-schema';
import type { RoleTemplate } from '../core/types';

/** Largest file the import accepts; real role files are a few KB. */
export const MAX_ROLE_FILE_BYTES = 512 * 1024;

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

export type RoleFileResult = { ok: true; template: RoleTemplate } | { ok: false; errors: string[] };

/**
 * Reads an imported file's text into a template, or the readable problems with it.
 *
 * @example readRoleFile('{"format":"kpi-framework-builder/role-template","version":1,"template":{...}}')
 */
export function readRoleFile(text: string): RoleFileResult {
  if (text.length > MAX_ROLE_FILE_BYTES) {
    return {
      ok: false,
      errors: [
        `file: this file is larger than ${MAX_ROLE_FILE_BYTES / 1024} KB — choose a role file exported by KPI Framework Builder`,
      ],
    };
  }
  const parsed = parseRoleTemplateFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, template: parsed.value.template };
}
