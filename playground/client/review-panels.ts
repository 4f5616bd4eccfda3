/**
 * The Review Log and Outbox panels under the sheet tabs: what the review job logged in the
 * workbook and the digest emails it sent (the emulator's MailApp keeps them, nothing is mailed).
 */
import { element } from './page-element';
import { page } from './page-state';

const panelDialog = element<HTMLDialogElement>('panel-dialog');

function openPanel(title: string, content: HTMLElement[]): void {
  element('panel-title').textContent = title;
  element('panel-body').replaceChildren(...content);
  if (!panelDialog.open) panelDialog.showModal();
}

function emptyNote(text: string): HTMLElement {
  const note = document.createElement('p');
  note.className = 'empty';
  note.textContent = text;
  return note;
}

function showReviewLog(): void {
  const log = page.state?.reviewLog;
  if (!log || log.rows.length === 0) {
    openPanel('Review Log', [
      emptyNote('No entries yet. The review job logs each KPI the day it becomes overdue.'),
    ]);
    return;
  }
  const table = document.createElement('table');
  const head = document.createElement('tr');
  for (const header of log.headers) {
    const th = document.createElement('th');
    th.textContent = header;
    head.append(th);
  }
  table.append(head);
  for (const row of log.rows) {
    const tr = document.createElement('tr');
    for (const value of row) {
      const td = document.createElement('td');
      td.textContent = value;
      tr.append(td);
    }
    table.append(tr);
  }
  openPanel(`Review Log (${log.rows.length})`, [table]);
}

function showOutbox(): void {
  const mails = page.state?.outbox ?? [];
  if (mails.length === 0) {
    openPanel('Outbox', [
      emptyNote(
        'No email sent yet. With digests on in Settings, the review job sends each owner one email listing their due and overdue KPIs.',
      ),
    ]);
    return;
  }
  openPanel(
    `Outbox (${mails.length})`,
    mails.map((mail) => {
      const box = document.createElement('article');
      box.className = 'mail';
      const to = document.createElement('div');
      to.textContent = `To: ${mail.to}`;
      const subject = document.createElement('strong');
      subject.textContent = mail.subject;
      const body = document.createElement('pre');
      body.textContent = mail.body;
      box.append(to, subject, body);
      return box;
    }),
  );
}

/**
 * Opens the panels from their buttons.
 * @example listenToReviewPanels()
 */
export function listenToReviewPanels(): void {
  element('show-review-log').addEventListener('click', showReviewLog);
  element('show-outbox').addEventListener('click', showOutbox);
}
