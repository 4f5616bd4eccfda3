/** A: someone is accountable for reviewing the KPI, reachable by email. */
import { kpiRule, textOf } from './rule';

const MAX_EMAIL_LENGTH = 254;
// Deliberately loose: one "@", no spaces, a dot in the domain. Mail delivery is the real test.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The owner is an email address. */
export const ownerEmail = kpiRule({
  id: 'kpi.owner.email',
  letter: 'A',
  severity: 'error',
  fields: ['owner'],
  check: (kpi) => {
    const owner = textOf(kpi.owner);
    if (owner.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(owner)) return null;
    return {
      message: owner === '' ? 'The KPI has no owner.' : `"${owner}" is not an email address.`,
      fix: 'Enter the email address of the person who reviews this KPI, e.g. ana@example.com.',
    };
  },
});
