/**
 * Toasts in the page's corner, as `Spreadsheet.toast()` shows them in Sheets; the playground's
 * own failures show the same way, as error toasts that stay until dismissed.
 */
import type { ToastView } from '../protocol';
import { element } from './page-element';

const toasts = element<HTMLDivElement>('toasts');
let lastToastId = 0;

/**
 * Shows one toast for its timeout (negative: until dismissed); error toasts stay.
 * @example showToast({ id: 0, title: 'Playground', message: 'Failed', error: true, timeoutSeconds: -1 })
 */
export function showToast(toast: ToastView): void {
  const box = document.createElement('div');
  box.className = toast.error ? 'toast error' : 'toast';
  box.setAttribute('role', toast.error ? 'alert' : 'status');
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  const title = document.createElement('strong');
  title.textContent = toast.title;
  const message = document.createElement('span');
  message.textContent = toast.message;
  box.append(close);
  if (toast.title) box.append(title);
  box.append(message);
  toasts.append(box);
  // Sheets keeps a toast up for its timeout (negative = until dismissed); errors stay.
  if (!toast.error && toast.timeoutSeconds >= 0)
    setTimeout(() => box.remove(), Math.max(toast.timeoutSeconds, 3) * 1000);
}

/**
 * Shows the toasts the page has not shown yet: the server answers with all of them every time.
 * @example showNewToasts(next.toasts)
 */
export function showNewToasts(all: readonly ToastView[]): void {
  for (const toast of all) if (toast.id > lastToastId) showToast(toast);
  lastToastId = Math.max(lastToastId, ...all.map((toast) => toast.id));
}
