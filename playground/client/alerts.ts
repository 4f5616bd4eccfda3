/**
 * The message dialog: the add-on's `Ui.alert()` calls, shown one at a time as Sheets shows them.
 * The server has already answered each alert (dialogs do not wait here), so an alert with buttons
 * says which answer the add-on got.
 */
import type { PageState } from '../protocol';
import { element } from './page-element';

interface Alert {
  title: string;
  message: string;
  note: string;
}

const messageDialog = element<HTMLDialogElement>('message-dialog');
const alertQueue: Alert[] = [];
let lastAlertId = 0;

/**
 * Queues one alert, shown as soon as the dialog is free.
 * @example queueAlert({ title: 'Protected cell', message: 'You cannot edit this cell.', note: '' })
 */
export function queueAlert(alert: Alert): void {
  alertQueue.push(alert);
  showNextAlert();
}

/**
 * Queues the alerts the page has not shown yet: the server answers with all of them every time.
 * @example showNewAlerts(next)
 */
export function showNewAlerts(next: PageState): void {
  for (const alert of next.alerts) {
    if (alert.id <= lastAlertId) continue;
    alertQueue.push({
      title: alert.title || next.menu?.title || 'KPI Framework Builder',
      message: alert.message,
      note:
        alert.buttons === 'OK'
          ? ''
          : `The playground answered “${alert.response}” for you (dialogs do not wait here).`,
    });
  }
  lastAlertId = Math.max(lastAlertId, ...next.alerts.map((alert) => alert.id));
  showNextAlert();
}

function showNextAlert(): void {
  if (messageDialog.open) return;
  const next = alertQueue.shift();
  if (!next) return;
  element('message-title').textContent = next.title;
  element('message-text').textContent = next.message;
  element('message-note').textContent = next.note;
  messageDialog.showModal();
}

messageDialog.addEventListener('close', () => showNextAlert());
