/**
 * The library's role names and IDs without their content: all the server needs to say which
 * library role a register role started from. The library's texts (summaries, KPIs) ship in the
 * sidebar only, because every custom-function execution loads the whole server bundle.
 *
 * Decisions:
 * - The index is written out rather than derived from the family files, so importing it never
 *   pulls the library into the server bundle; a unit test keeps it equal to the library, and
 *   build.js fails if any other library module reaches Code.js.
 */
import { roleKey } from '../register-record';

/** A library role as the server knows it: where it sits and what it is called. */
export interface LibraryRoleName {
  /** The library role ID, e.g. `sales/account-executive`. */
  id: string;
  family: string;
  name: string;
}

/** Every library role, in library order. */
export const LIBRARY_ROLE_INDEX: readonly LibraryRoleName[] = [
  { id: 'sales/account-executive', family: 'Sales', name: 'Account Executive' },
  {
    id: 'sales/sales-development-representative',
    family: 'Sales',
    name: 'Sales Development Representative',
  },
  { id: 'sales/sales-manager', family: 'Sales', name: 'Sales Manager' },
  { id: 'hr/hr-business-partner', family: 'HR', name: 'HR Business Partner' },
  {
    id: 'hr/talent-acquisition-specialist',
    family: 'HR',
    name: 'Talent Acquisition Specialist',
  },
  {
    id: 'hr/learning-and-development-specialist',
    family: 'HR',
    name: 'Learning & Development Specialist',
  },
  {
    id: 'marketing/digital-marketing-specialist',
    family: 'Marketing',
    name: 'Digital Marketing Specialist',
  },
  {
    id: 'marketing/content-marketing-manager',
    family: 'Marketing',
    name: 'Content Marketing Manager',
  },
  {
    id: 'marketing/product-marketing-manager',
    family: 'Marketing',
    name: 'Product Marketing Manager',
  },
  { id: 'operations/operations-manager', family: 'Operations', name: 'Operations Manager' },
  { id: 'operations/supply-chain-analyst', family: 'Operations', name: 'Supply Chain Analyst' },
  { id: 'it-development/software-engineer', family: 'IT/Development', name: 'Software Engineer' },
  {
    id: 'it-development/it-support-specialist',
    family: 'IT/Development',
    name: 'IT Support Specialist',
  },
  { id: 'it-development/devops-engineer', family: 'IT/Development', name: 'DevOps Engineer' },
  { id: 'finance/financial-analyst', family: 'Finance', name: 'Financial Analyst' },
  {
    id: 'finance/accounts-payable-specialist',
    family: 'Finance',
    name: 'Accounts Payable Specialist',
  },
  { id: 'finance/payroll-specialist', family: 'Finance', name: 'Payroll Specialist' },
  {
    id: 'customer-support-success/customer-support-agent',
    family: 'Customer Support/Success',
    name: 'Customer Support Agent',
  },
  {
    id: 'customer-support-success/customer-success-manager',
    family: 'Customer Support/Success',
    name: 'Customer Success Manager',
  },
  { id: 'people-management/team-lead', family: 'People Management', name: 'Team Lead' },
  {
    id: 'people-management/department-manager',
    family: 'People Management',
    name: 'Department Manager',
  },
];

/**
 * The library family and role a register role matches by name (ignoring case and spacing). The
 * register does not record where a role started, so a renamed role reads as started blank.
 *
 * @example libraryOrigin('account  executive') // { family: 'Sales', libraryRoleId: 'sales/account-executive' }
 */
export function libraryOrigin(role: string): { family: string; libraryRoleId: string } {
  const key = roleKey(role);
  const match = LIBRARY_ROLE_INDEX.find((candidate) => roleKey(candidate.name) === key);
  return match
    ? { family: match.family, libraryRoleId: match.id }
    : { family: '', libraryRoleId: '' };
}
