import { validationMark, type ValidationRule } from '../../../playground/server/validation-view';

const rule = (
  criteria: string,
  values: unknown[],
  helpText = '',
  allowInvalid = true,
): ValidationRule => ({
  criteria,
  values,
  allowInvalid,
  helpText,
});

const context = {
  evaluate: (formula: string): unknown => formula === '=J7>=1',
  rangeTexts: (a1: string): string[] => (a1 === 'H2:H4' ? ['Sales', 'IT'] : []),
};

describe('data-validation marks as Sheets shows them', () => {
  it('marks a value off the list and says why on hover, with the drop-down arrow', () => {
    const direction = rule('VALUE_IN_LIST', [['Higher', 'Lower', 'Range'], true]);
    expect(validationMark(direction, 'Sideways', 'Sideways', context)).toEqual({
      invalid: true,
      message: 'Invalid: Input must be an item on the specified list',
      dropdown: true,
    });
    expect(validationMark(direction, 'Lower', 'Lower', context)).toEqual({
      invalid: false,
      message: '',
      dropdown: true,
    });
  });

  it('says a value is not in a dropdown’s range in Sheets’ words', () => {
    const team = rule('VALUE_IN_RANGE', ["'Lists'!H2:H4", true]);
    const lists = {
      ...context,
      rangeTexts: (a1: string) => (a1 === "'Lists'!H2:H4" ? ['IT'] : []),
    };
    expect(validationMark(team, 'HR', 'HR', lists)).toEqual({
      invalid: true,
      message: 'Invalid: Input must fall within specified range',
      dropdown: true,
    });
    expect(validationMark(team, 'IT', 'IT', lists)).toEqual({
      invalid: false,
      message: '',
      dropdown: true,
    });
  });

  it("shows the rule's help text after Invalid: when it has one, and as help when valid", () => {
    const percent = rule('CUSTOM_FORMULA', ['=J7>=1'], 'Type whole percents: 93 for 93%.');
    expect(validationMark(percent, 0.93, '0.93', { ...context, evaluate: () => false })).toEqual({
      invalid: true,
      message: 'Invalid: Type whole percents: 93 for 93%.',
      dropdown: false,
    });
    expect(validationMark(percent, 93, '93', context)).toEqual({
      invalid: false,
      message: 'Type whole percents: 93 for 93%.',
      dropdown: false,
    });
  });

  it('never marks a blank cell, and shows nothing for a valid cell without help text', () => {
    const between = rule('NUMBER_BETWEEN', [0, 100]);
    expect(validationMark(between, '', '', context)).toBeUndefined();
    expect(validationMark(between, 50, '50', context)).toBeUndefined();
    expect(validationMark(between, 150, '150', context)?.message).toBe(
      'Invalid: Input must be a number between 0 and 100',
    );
  });

  it('checks numbers, text, emails, dates, checkboxes and ranges by their criteria', () => {
    const cases: Array<[ValidationRule, unknown, string, boolean]> = [
      [rule('NUMBER_GREATER_THAN', [0]), -1, '-1', false],
      [rule('NUMBER_LESS_THAN_OR_EQUAL_TO', [1]), 1, '1', true],
      [rule('TEXT_CONTAINS', ['@']), 'ana.example.com', 'ana.example.com', false],
      [rule('TEXT_IS_VALID_EMAIL', []), 'ana@example.com', 'ana@example.com', true],
      [rule('TEXT_IS_VALID_EMAIL', []), 'Ana <ana@', 'Ana <ana@', false],
      [rule('DATE_IS_VALID_DATE', []), 'soon', 'soon', false],
      [
        rule('DATE_ON_OR_AFTER', [new Date('2026-01-01T00:00:00Z')]),
        new Date('2026-03-01T00:00:00Z'),
        '3/1/2026',
        true,
      ],
      [rule('CHECKBOX', []), 'yes', 'yes', false],
      [rule('CHECKBOX', []), true, 'TRUE', true],
      [rule('VALUE_IN_RANGE', ['H2:H4', true]), 'IT', 'IT', true],
      [rule('VALUE_IN_RANGE', ['H2:H4', true]), 'HR', 'HR', false],
    ];
    for (const [validation, value, text, valid] of cases)
      expect({
        criteria: validation.criteria,
        text,
        invalid: validationMark(validation, value, text, context)?.invalid ?? false,
      }).toEqual({
        criteria: validation.criteria,
        text,
        invalid: !valid,
      });
  });
});
