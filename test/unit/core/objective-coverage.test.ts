import { isActiveKpiRow, objectiveCoverage } from '../../../src/core/objective-coverage';
import type { Objective } from '../../../src/core/types';

const objectives: Objective[] = [
  { id: 'OBJ-001', objective: 'Grow recurring revenue', owner: '', due: '', notes: '' },
  { id: 'OBJ-002', objective: 'Cut churn', owner: '', due: '', notes: '' },
  { id: 'OBJ-003', objective: 'Hire well', owner: '', due: '', notes: '' },
];

function row(id: string, role: string, kpi: string, objective: string, extra = {}) {
  return { cells: { 'KPI ID': id, Role: role, KPI: kpi, Objective: objective, ...extra } };
}

describe('objectiveCoverage', () => {
  it('counts Active KPIs per objective and lists objectives no KPI supports', () => {
    const coverage = objectiveCoverage(
      [
        row('KPI-0001', 'Analyst', 'Win rate', 'OBJ-001 — Grow recurring revenue'),
        row('KPI-0002', 'Analyst', 'Renewals', 'OBJ-001 — Grow recurring revenue'),
        row('KPI-0003', 'Recruiter', 'Time to hire', 'Hire well'),
      ],
      objectives,
    );
    expect(coverage.kpiCounts).toEqual({ 'OBJ-001': 2, 'OBJ-002': 0, 'OBJ-003': 1 });
    expect(coverage.unsupported).toEqual(['OBJ-002']);
    expect(coverage.unaligned).toEqual([]);
  });

  it('lists Active KPIs linked to nothing or to an objective not on the sheet, with their role', () => {
    const coverage = objectiveCoverage(
      [
        row('KPI-0001', 'Analyst', 'Win rate', ''),
        row('kpi-2', 'Recruiter', 'Offer acceptance', 'OBJ-009 — Gone'),
      ],
      objectives,
    );
    expect(coverage.unaligned).toEqual([
      { kpiId: 'KPI-0001', role: 'Analyst', kpi: 'Win rate' },
      { kpiId: 'KPI-0002', role: 'Recruiter', kpi: 'Offer acceptance' },
    ]);
    expect(coverage.unsupported).toEqual(['OBJ-001', 'OBJ-002', 'OBJ-003']);
  });

  it('leaves KPIs retired by KPI status or, in an older register, by review status out', () => {
    const coverage = objectiveCoverage(
      [
        row('KPI-0001', 'Analyst', 'Win rate', 'OBJ-002', { 'KPI status': 'Retired' }),
        row('KPI-0002', 'Analyst', 'Renewals', '', { 'Review status': ' retired ' }),
        row('KPI-0003', 'Analyst', 'Churn', 'OBJ-002', { 'KPI status': 'Active' }),
      ],
      objectives,
    );
    expect(coverage.kpiCounts['OBJ-002']).toBe(1);
    expect(coverage.unaligned).toEqual([]);
  });

  it('ignores rows that are not KPIs, such as a total row or a note', () => {
    const coverage = objectiveCoverage(
      [row('Total', 'Analyst', '', ''), row('', '', 'a note', '')],
      objectives,
    );
    expect(coverage.unaligned).toEqual([]);
  });

  it('leaves objectives typed without an ID out of the counts', () => {
    const coverage = objectiveCoverage(
      [],
      [{ objective: 'No ID yet', owner: '', due: '', notes: '' }],
    );
    expect(coverage).toEqual({ unsupported: [], unaligned: [], kpiCounts: {} });
  });
});

describe('isActiveKpiRow', () => {
  it('reads a blank KPI status as Active', () => {
    expect(isActiveKpiRow({ 'KPI ID': 'KPI-0001', KPI: 'Win rate', 'KPI status': '' })).toBe(true);
  });
});
