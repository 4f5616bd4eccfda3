/** MailApp: records sent mail and enforces the daily quota. */
import { EmulatedObject, type ServiceName } from './runtime';
import { appsScriptError } from './messages';

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
}

export class MailBox {
  sent: SentMail[] = [];
  constructor(public remaining: number) {}
}

interface MailOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

function recipients(list: string | undefined): number {
  return list ? list.split(',').filter((address) => address.trim() !== '').length : 0;
}

export class MailApp extends EmulatedObject {
  readonly _className = 'MailApp';
  readonly _service: ServiceName = 'MailApp';
  constructor(readonly _box: MailBox) {
    super();
  }
  sendEmail(
    toOrMessage: string | MailOptions,
    subject?: string,
    body?: string,
    options?: MailOptions,
  ): void {
    const message: MailOptions =
      typeof toOrMessage === 'object' && toOrMessage !== null
        ? { ...toOrMessage }
        : { ...(options ?? {}), to: toOrMessage, subject, body };
    const to = message.to === undefined ? '' : String(message.to);
    if (to.trim() === '') throw appsScriptError('mailNoRecipient');
    for (const address of to.split(','))
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address.trim()))
        throw appsScriptError('invalidEmail', { address: address.trim() });
    if (message.subject === undefined || message.subject === null)
      throw appsScriptError('mailNoSubject');
    const count = recipients(to) + recipients(message.cc) + recipients(message.bcc);
    if (this._box.remaining < count) throw appsScriptError('dailyQuota', { service: 'email' });
    this._box.remaining -= count;
    const sent: SentMail = {
      to,
      subject: String(message.subject),
      body: String(message.body ?? ''),
    };
    if (message.htmlBody !== undefined) sent.htmlBody = String(message.htmlBody);
    if (message.name !== undefined) sent.name = String(message.name);
    if (message.cc !== undefined) sent.cc = String(message.cc);
    if (message.bcc !== undefined) sent.bcc = String(message.bcc);
    if (message.replyTo !== undefined) sent.replyTo = String(message.replyTo);
    this._box.sent.push(sent);
  }
  getRemainingDailyQuota(): number {
    return this._box.remaining;
  }
}
