/**
 * The currency of a role's money KPIs. The library measures money in US dollars (unit `USD`);
 * HR picks the company's currency once for the role and every money KPI follows.
 *
 * Decisions:
 * - A money KPI is one whose unit is the role's currency code, so a unit such as "NPS" (three
 *   capitals, not money) is never taken for one, and HR's own units are left alone.
 * - Codes are ISO 4217 (three capital letters). The drop-down offers the common ones; any other
 *   code the browser knows as a currency can be typed.
 */
import type { KpiDefinition } from '../core/types';

/** The currency library KPIs are written in. */
export const LIBRARY_CURRENCY = 'USD';

/** The codes the currency drop-down offers, most used first. */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'INR',
  'CNY',
  'HKD',
  'SGD',
  'ZAR',
  'BRL',
  'MXN',
  'AED',
] as const;

/** Every currency the browser knows, or the common ones where it cannot say. */
function knownCurrencies(): ReadonlySet<string> {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] };
  try {
    if (typeof intl.supportedValuesOf === 'function')
      return new Set([...intl.supportedValuesOf('currency'), ...COMMON_CURRENCIES]);
  } catch (_unsupported) {
    // Older browsers: fall back to the common codes.
  }
  return new Set(COMMON_CURRENCIES);
}

const KNOWN = knownCurrencies();

/**
 * A typed currency code as the unit to use (trimmed, in capitals), or `null` when it is not a
 * known three-letter currency code.
 *
 * @example currencyCode(' eur ') // 'EUR'
 */
export function currencyCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && KNOWN.has(code) ? code : null;
}

/**
 * The currency a role's money KPIs use: the currency code most of its KPIs are measured in, or
 * the library's when none is.
 *
 * @example roleCurrency([{ unit: 'EUR' }, { unit: '%' }]) // 'EUR'
 */
export function roleCurrency(kpis: ReadonlyArray<Pick<KpiDefinition, 'unit'>>): string {
  const counts = new Map<string, number>();
  for (const kpi of kpis) {
    // Only a unit written as a code counts: "usd" typed in a unit field is HR's own wording.
    const code = kpi.unit.trim() === kpi.unit.trim().toUpperCase() ? currencyCode(kpi.unit) : null;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best = LIBRARY_CURRENCY;
  let most = 0;
  for (const [code, count] of counts) {
    if (count > most) [best, most] = [code, count];
  }
  return best;
}

/**
 * Whether a KPI is measured in the role's currency.
 *
 * @example isMoneyKpi({ unit: 'USD' }, 'USD') // true
 */
export function isMoneyKpi(kpi: Pick<KpiDefinition, 'unit'>, currency: string): boolean {
  return kpi.unit.trim() === currency;
}
