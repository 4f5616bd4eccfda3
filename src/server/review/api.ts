// Review reminders, the daily review job and settings.
function notYetAvailable(name: string): never {
  throw new Error(`${name} is not available in this version of KPI Framework Builder.`);
}
export const checkReviewsNow = (): unknown => notYetAvailable('Check reviews now');
export const markSelectedKpisReviewed = (): unknown =>
  notYetAvailable('Mark selected KPIs reviewed');
export const toggleReviewReminders = (): unknown => notYetAvailable('Review reminders');
export const runScheduledReviews = (_event?: unknown): unknown =>
  notYetAvailable('runScheduledReviews');
export const getSettings = (): unknown => notYetAvailable('getSettings');
export const saveSettings = (_settings: unknown): unknown => notYetAvailable('saveSettings');
export const setReviewReminders = (_enabled: unknown): unknown =>
  notYetAvailable('setReviewReminders');
