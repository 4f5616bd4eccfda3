/**
 * The playground's clock in the toolbar: the emulated "today" (a date picker that moves the
 * emulator's clock) and the button that runs the add-on's daily review job on that day.
 */
import type { PageState } from '../protocol';
import { act } from './page-actions';
import { element } from './page-element';

const todayInput = element<HTMLInputElement>('today');

/**
 * Shows the emulated date, unless the user is picking one.
 * @example showToday(next)
 */
export function showToday(next: PageState): void {
  if (document.activeElement !== todayInput) todayInput.value = next.today;
}

/**
 * Moves the clock when the date changes; runs the review job when the form is submitted.
 * @example listenToClock()
 */
export function listenToClock(): void {
  element<HTMLFormElement>('clock').addEventListener('submit', (event) => {
    event.preventDefault();
    if (todayInput.value) void act('/api/review-job', { date: todayInput.value });
  });

  todayInput.addEventListener('change', () => {
    if (todayInput.value) void act('/api/today', { date: todayInput.value });
  });
}
