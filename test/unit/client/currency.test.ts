import {
  COMMON_CURRENCIES,
  currencyCode,
  isMoneyKpi,
  LIBRARY_CURRENCY,
  roleCurrency,
} from '../../../src/client/currency';

describe('currencyCode', () => {
  test('reads a typed code in any case, with spaces around it', () => {
    expect(currencyCode(' eur ')).toBe('EUR');
    expect(currencyCode('KES')).toBe('KES');
  });

  test('refuses what is not a currency, however it looks', () => {
    expect(currencyCode('NPS')).toBeNull();
    expect(currencyCode('EURO')).toBeNull();
    expect(currencyCode('€')).toBeNull();
    expect(currencyCode('')).toBeNull();
  });

  test('knows every code the drop-down offers', () => {
    expect(COMMON_CURRENCIES.every((code) => currencyCode(code) === code)).toBe(true);
  });
});

describe('roleCurrency', () => {
  test("is the code most of the role's KPIs are measured in", () => {
    expect(roleCurrency([{ unit: 'EUR' }, { unit: 'EUR' }, { unit: 'GBP' }, { unit: '%' }])).toBe(
      'EUR',
    );
  });

  test("is the library's when no KPI is measured in money, NPS included", () => {
    expect(roleCurrency([{ unit: 'NPS' }, { unit: 'days' }, { unit: 'usd' }])).toBe(
      LIBRARY_CURRENCY,
    );
  });
});

describe('isMoneyKpi', () => {
  test("takes a KPI in the role's currency for a money KPI, and nothing else", () => {
    expect(isMoneyKpi({ unit: ' USD ' }, 'USD')).toBe(true);
    expect(isMoneyKpi({ unit: 'EUR' }, 'USD')).toBe(false);
    expect(isMoneyKpi({ unit: '%' }, 'USD')).toBe(false);
  });
});
