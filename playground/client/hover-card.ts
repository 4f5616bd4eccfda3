/**
 * Sheets' hover card: a formula's error, or a data-validation message, beside the cell the
 * pointer is over. The grid marks such cells with `data-hover` (and `data-hover-title`).
 */
import { element } from './page-element';

const grid = element<HTMLDivElement>('grid');
const hoverCard = element<HTMLDivElement>('hover-card');

/**
 * Shows the card while the pointer is over a marked cell, and hides it elsewhere.
 * @example listenForHoverCards()
 */
export function listenForHoverCards(): void {
  grid.addEventListener('mouseover', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    const text = td?.dataset.hover;
    if (!td || !text) {
      hoverCard.hidden = true;
      return;
    }
    const box = td.getBoundingClientRect();
    hoverCard.replaceChildren();
    if (td.dataset.hoverTitle) {
      const title = document.createElement('strong');
      title.textContent = td.dataset.hoverTitle;
      hoverCard.append(title);
    }
    const body = document.createElement('span');
    body.textContent = text;
    hoverCard.append(body);
    hoverCard.classList.toggle(
      'invalid',
      td.classList.contains('invalid') || td.classList.contains('error'),
    );
    hoverCard.style.left = `${Math.round(box.right + 2)}px`;
    hoverCard.style.top = `${Math.round(box.top)}px`;
    hoverCard.hidden = false;
  });
  grid.addEventListener('mouseleave', () => {
    hoverCard.hidden = true;
  });
}
