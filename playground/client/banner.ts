/**
 * The banner under the toolbar: on an empty workbook, how to start (with a button that loads the
 * demo company); otherwise the server's line about the last review job or demo load.
 */
import type { PageState } from '../protocol';
import { act } from './page-actions';
import { element } from './page-element';

const banner = element<HTMLDivElement>('banner');

/**
 * Shows the banner the state calls for, or hides it.
 * @example renderBanner(next)
 */
export function renderBanner(next: PageState): void {
  banner.replaceChildren();
  if (next.fresh) {
    const text = document.createElement('span');
    text.textContent =
      'This workbook is empty. Use Extensions → KPI Framework Builder → Set up sheets, or start from a demo company: library roles, people and a closed and an open review period.';
    const demo = document.createElement('button');
    demo.type = 'button';
    demo.id = 'load-demo';
    demo.textContent = 'Load the demo company';
    demo.addEventListener('click', () => void act('/api/reset', { demo: true }));
    banner.append(text, demo);
    banner.hidden = false;
    return;
  }
  if (next.notice) {
    banner.textContent = next.notice;
    banner.hidden = false;
    return;
  }
  banner.hidden = true;
}
