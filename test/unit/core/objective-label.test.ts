import { objectiveLabel } from '../../../src/core/objective-label';

describe('objectiveLabel', () => {
  it('labels an objective by ID and text', () => {
    expect(
      objectiveLabel({ id: 'OBJ-002', objective: 'Cut churn', owner: '', due: '', notes: '' }),
    ).toBe('OBJ-002 — Cut churn');
  });

  it('labels a new objective without an ID by its text alone', () => {
    expect(objectiveLabel({ objective: 'Open two regions', owner: '', due: '', notes: '' })).toBe(
      'Open two regions',
    );
  });
});
