import { objectiveMissing, objectiveUnknown } from '../../../../src/core/smart-check/kpi-objective';
import { outcome } from './fixture';

describe('kpi.objective.missing', () => {
  it('asks for the objective the KPI supports', () => {
    expect(outcome(objectiveMissing, { objectiveId: '' })?.message).toBe(
      'The KPI is not linked to a strategic objective.',
    );
    expect(outcome(objectiveMissing, { objectiveId: 'OBJ-042' })).toBeNull();
  });
});

describe('kpi.objective.unknown', () => {
  it("refuses a link to an objective that is not the role's", () => {
    expect(
      outcome(objectiveUnknown, { objectiveId: 'OBJ-999' }, { objectiveIds: ['OBJ-001'] }),
    ).toMatchObject({ message: 'Objective "OBJ-999" is not one of this role\'s objectives.' });
  });

  it("checks only a link, when the role's objectives are not known", () => {
    expect(outcome(objectiveUnknown, { objectiveId: 'OBJ-999' })).toBeNull();
    expect(
      outcome(objectiveUnknown, { objectiveId: 'obj-001' }, { objectiveIds: ['OBJ-001'] }),
    ).toBeNull();
  });
});
