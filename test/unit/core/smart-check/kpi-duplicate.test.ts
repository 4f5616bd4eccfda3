import { duplicateKpi } from '../../../../src/core/smart-check/kpi-duplicate';
import { cleanKpi, CONTEXT } from './fixture';

describe('kpi.duplicate', () => {
  const kpis = [
    cleanKpi({ name: 'Win rate' }),
    cleanKpi({ name: 'Quota attainment' }),
    cleanKpi({ name: '  WIN   rate ' }),
  ];
  const at = (index: number) =>
    duplicateKpi.check(kpis[index]!, { ...CONTEXT, role: { kpis, index } });

  it('names the earlier KPI a later one repeats, ignoring case and spacing', () => {
    expect(at(2)).toEqual({
      message: '"WIN   rate" repeats KPI 1.',
      fix: 'Rename one so each measures something different, or remove the repeat.',
    });
  });

  it('leaves the first of a pair, and a KPI checked alone, unflagged', () => {
    expect(at(0)).toBeNull();
    expect(at(1)).toBeNull();
    expect(duplicateKpi.check(kpis[2]!, CONTEXT)).toBeNull();
  });
});
