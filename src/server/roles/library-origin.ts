/**
 * The library family and role a register role matches by name. The register does not record
 * where a role started, so a renamed role reads as started blank.
 */
import { ROLE_LIBRARY } from '../../core/library';
import { roleKey } from '../../core/register-record';

/**
 * @example libraryOrigin('Account Executive') // → { family: 'Sales', libraryRoleId: 'sales/account-executive' }
 */
export function libraryOrigin(role: string): { family: string; libraryRoleId: string } {
  for (const family of ROLE_LIBRARY) {
    const match = family.roles.find((candidate) => roleKey(candidate.name) === roleKey(role));
    if (match) return { family: match.family, libraryRoleId: match.id };
  }
  return { family: '', libraryRoleId: '' };
}
