/** S: a KPI sits in one of the spreadsheet's categories. */
import { kpiRule, sameText, textOf } from './rule';

/** The category is one of the default categories or those added in Settings. */
export const categoryUnknown = kpiRule({
  id: 'kpi.category.unknown',
  letter: 'S',
  severity: 'error',
  fields: ['category'],
  check: (kpi, { categories }) => {
    const category = textOf(kpi.category);
    if (categories.some((known) => sameText(known, category))) return null;
    return {
      message:
        category === ''
          ? 'The KPI has no category.'
          : `"${category}" is not one of the categories.`,
      fix: `Choose one of: ${categories.join(', ')} (or add the category in Settings).`,
    };
  },
});
