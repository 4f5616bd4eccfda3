import { ownerEmail } from '../../../../src/core/smart-check/kpi-owner';
import { outcome } from './fixture';

describe('kpi.owner.email', () => {
  it('asks for an owner, and for an email address rather than a name', () => {
    expect(outcome(ownerEmail, { owner: '' })?.message).toBe('The KPI has no owner.');
    expect(outcome(ownerEmail, { owner: 'ana at example' })?.message).toBe(
      '"ana at example" is not an email address.',
    );
    expect(outcome(ownerEmail, { owner: 'ana@localhost' })).not.toBeNull();
  });

  it('accepts a plain email address', () => {
    expect(outcome(ownerEmail, { owner: ' ana.lopez@example.co.uk ' })).toBeNull();
  });
});
