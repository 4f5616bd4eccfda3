import { directionMissing } from '../../../../src/core/smart-check/kpi-direction';
import { outcome } from './fixture';

describe('kpi.direction.missing', () => {
  it('asks for higher, lower or range', () => {
    expect(outcome(directionMissing, { direction: 'up' as never })?.fix).toBe(
      'Choose higher (more is better), lower (less is better) or range (an ideal band).',
    );
  });

  it('accepts the three directions', () => {
    for (const direction of ['higher', 'lower', 'range'] as const)
      expect(outcome(directionMissing, { direction })).toBeNull();
  });
});
