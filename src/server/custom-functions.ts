// Sheets-facing wrappers of the scoring functions in src/core.
function notYetAvailable(name: string): never {
  throw new Error(`${name} is not available in this version of KPI Framework Builder.`);
}
export const KPISCORE = (..._args: unknown[]): unknown => notYetAvailable('KPISCORE');
export const KPIWEIGHTED = (..._args: unknown[]): unknown => notYetAvailable('KPIWEIGHTED');
export const KPIRATING = (..._args: unknown[]): unknown => notYetAvailable('KPIRATING');
export const KPINEXTREVIEW = (..._args: unknown[]): unknown => notYetAvailable('KPINEXTREVIEW');
export const KPIREVIEWSTATUS = (..._args: unknown[]): unknown => notYetAvailable('KPIREVIEWSTATUS');
