import { categoryUnknown } from '../../../../src/core/smart-check/kpi-category';
import { DEFAULT_CATEGORIES } from '../../../../src/core/types';
import { outcome } from './fixture';

describe('kpi.category.unknown', () => {
  it('lists the categories to choose from when the category is unknown or blank', () => {
    expect(outcome(categoryUnknown, { category: 'Misc' })).toEqual({
      message: '"Misc" is not one of the categories.',
      fix: `Choose one of: ${DEFAULT_CATEGORIES.join(', ')} (or add the category in Settings).`,
    });
    expect(outcome(categoryUnknown, { category: '' })?.message).toBe('The KPI has no category.');
  });

  it('accepts categories from Settings, whatever their case', () => {
    expect(
      outcome(categoryUnknown, { category: 'safety' }, { categories: ['Results', 'Safety'] }),
    ).toBeNull();
  });
});
