/**
 * Sidebar: reading an imported role file. The sidebar writes files itself but sends them here to
 * be read, so the schema that checks them ships once, in the server part, not in Sidebar.html.
 * Nothing in the spreadsheet is read or written.
 */
import { readRoleFile as readFile, type RoleFileResult } from '../../core/role-file-import';

/**
 * Sidebar: the template in an imported role file's text, or every problem with it.
 *
 * @example readRoleFile(text).ok // → true for a file exported by the add-on
 */
export function readRoleFile(text: unknown): RoleFileResult {
  if (typeof text !== 'string') {
    return {
      ok: false,
      errors: ['Send the text of the role file: choose the file again, or paste its text.'],
    };
  }
  return readFile(text);
}
