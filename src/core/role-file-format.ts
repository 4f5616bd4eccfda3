/**
 * The exported role file's envelope — its format name, version and size limit — and writing one.
 * Kept apart from reading (role-template-file.ts, with its schema) so the sidebar, which only
 * writes files, carries no validation library.
 */
import type { RoleTemplate } from './types';

/** What the `format` field of an exported role template file says. */
export const ROLE_TEMPLATE_FILE_FORMAT = 'kpi-framework-builder/role-template';
/** The version of the file format this code writes. */
export const ROLE_TEMPLATE_FILE_VERSION = 2;

/** Largest file the import accepts; real role files are a few KB. */
export const MAX_ROLE_FILE_BYTES = 512 * 1024;

/** Why a file over `MAX_ROLE_FILE_BYTES` is refused. */
export const ROLE_FILE_TOO_LARGE = `This is larger than ${MAX_ROLE_FILE_BYTES / 1024} KB, far more than any role — choose a role file exported by KPI Framework Builder.`;

/** A role file as this version writes it. */
export interface RoleTemplateFile {
  format: typeof ROLE_TEMPLATE_FILE_FORMAT;
  version: typeof ROLE_TEMPLATE_FILE_VERSION;
  template: RoleTemplate;
}

/**
 * The exported file for a role template; `JSON.stringify` it to save.
 *
 * @example JSON.stringify(toRoleTemplateFile(template), null, 2)
 */
export function toRoleTemplateFile(template: RoleTemplate): RoleTemplateFile {
  return {
    format: ROLE_TEMPLATE_FILE_FORMAT,
    version: ROLE_TEMPLATE_FILE_VERSION,
    template,
  };
}
