/**
 * Extensions → the add-on's menu, exactly as the add-on's `onOpen` built it: its items run their
 * function on the server, its sub-menus open beside their item as in Sheets, and the keyboard
 * works as in Sheets' menus (arrows in and out of a sub-menu, Escape closes).
 */
import type { MenuEntry, PageState } from '../protocol';
import { act } from './page-actions';
import { element } from './page-element';

const extensionsButton = element<HTMLButtonElement>('extensions-button');
const extensionsMenu = element<HTMLDivElement>('extensions-menu');

/**
 * Rebuilds the menu from the one the add-on built; without one, says that onOpen added none.
 * @example renderMenu(next.menu)
 */
export function renderMenu(menu: PageState['menu']): void {
  extensionsMenu.replaceChildren();
  if (!menu) {
    const empty = document.createElement('div');
    empty.className = 'menu-heading';
    empty.textContent = 'No add-on menu (onOpen did not add one).';
    extensionsMenu.append(empty);
    return;
  }
  const heading = document.createElement('div');
  heading.className = 'menu-heading';
  heading.textContent = menu.title;
  extensionsMenu.append(heading);
  for (const item of menu.items) extensionsMenu.append(menuItem(item));
}

function menuItem(item: MenuEntry): HTMLElement {
  if (item === null) return document.createElement('hr');
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'menuitem');
  button.textContent = item.caption;
  if ('items' in item) return subMenu(button, item.items);
  const functionName = item.functionName;
  button.dataset.functionName = functionName;
  button.addEventListener('click', () => {
    closeMenu();
    void act('/api/menu', { functionName });
  });
  return button;
}

/**
 * A sub-menu, as Sheets shows one: its caption with an arrow, its items beside it while the
 * pointer is over it, or after a click or the right arrow key.
 */
function subMenu(button: HTMLButtonElement, items: MenuEntry[]): HTMLElement {
  const holder = document.createElement('div');
  holder.className = 'submenu-holder';
  button.classList.add('has-submenu');
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  const popup = document.createElement('div');
  popup.className = 'menu-popup submenu';
  popup.setAttribute('role', 'menu');
  popup.setAttribute('aria-label', button.textContent ?? '');
  popup.hidden = true;
  for (const item of items) popup.append(menuItem(item));
  const show = (open: boolean): void => {
    popup.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  holder.addEventListener('mouseenter', () => show(true));
  holder.addEventListener('mouseleave', () => show(false));
  // A click opens it (the pointer may have opened it already), as Sheets' menus do.
  button.addEventListener('click', () => show(true));
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight') return;
    show(true);
    popup.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  });
  popup.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft') return;
    event.stopPropagation();
    show(false);
    button.focus();
  });
  holder.append(button, popup);
  return holder;
}

function closeMenu(): void {
  extensionsMenu.hidden = true;
  extensionsButton.setAttribute('aria-expanded', 'false');
}

/**
 * Opens and closes the menu from its button, closes it on Escape or on a click elsewhere.
 * @example listenToExtensionsMenu()
 */
export function listenToExtensionsMenu(): void {
  extensionsButton.addEventListener('click', () => {
    const open = extensionsMenu.hidden;
    extensionsMenu.hidden = !open;
    extensionsButton.setAttribute('aria-expanded', String(open));
    if (open) extensionsMenu.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  });

  extensionsMenu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    closeMenu();
    extensionsButton.focus();
  });

  document.addEventListener('click', (event) => {
    const target = event.target as Node;
    if (!extensionsMenu.hidden && !extensionsMenu.contains(target) && target !== extensionsButton)
      closeMenu();
  });
}
