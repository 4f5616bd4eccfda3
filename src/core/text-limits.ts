/**
 * How long each kind of text may be — role names, KPI names, definitions, emails, IDs — shared by
 * the role-template schema on the server and the wizard's fields, which stop typing at the limit.
 */

/** Length limits, shared with the sidebar so its inputs can say the same thing. */
export const TEXT_LIMITS = {
  /** Google Sheets caps sheet names at 100 characters, and the role names its sheet. */
  role: 100,
  name: 120,
  shortText: 200,
  definition: 1000,
  jobSummary: 2000,
  email: 254,
  id: 40,
  libraryRoleId: 100,
  periodLabel: 30,
} as const;
