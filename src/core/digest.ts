/**
 * The review digest: one email per owner listing every KPI of theirs that is Overdue or Due soon
 * in a spreadsheet, across all roles. Plain data in, subject and bodies out; sending and the
 * mail quota are the server's business.
 */
import { dayNumber, formatCalendarDate, type CalendarDate } from './review-dates';
import type { ReviewedKpi } from './review-job';

/** One email to one owner. */
export interface OwnerDigest {
  /** The owner's address, lower case (the key for "already sent" and "deferred"). */
  recipient: string;
  subject: string;
  /** Plain-text body, for mail clients without HTML. */
  text: string;
  /** Simple HTML body; every piece of sheet text in it is escaped. */
  html: string;
  overdue: number;
  dueSoon: number;
  /** KPIs that newly became due or overdue since the last check: news, not a reminder. */
  newly: number;
}

/** What the digest needs to know about the spreadsheet. */
export interface DigestContext {
  spreadsheetName: string;
  spreadsheetUrl: string;
  asOf: CalendarDate;
}

/** The digests to send, and owner cells that hold no usable address. */
export interface DigestPlan {
  digests: OwnerDigest[];
  /** Owner cells (as written) that are not email addresses, so their KPIs reach nobody. */
  unaddressed: string[];
}

/**
 * The address that opens a spreadsheet, built from its ID: the one `Spreadsheet.getUrl()`
 * returns, without asking the spreadsheet service.
 *
 * @example
 * spreadsheetUrl('1AbC-d_9') // 'https://docs.google.com/spreadsheets/d/1AbC-d_9/edit'
 */
export function spreadsheetUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/edit`;
}

/** A digest lists at most this many KPIs per section; a longer list is read in the sheet. */
export const MAX_LISTED_PER_SECTION = 50;

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
/** `Name <address>` as mail clients write it (the name may be quoted); group 1 is the address. */
const NAMED_ADDRESS = /^(?:"[^"]*"|[^"<>]*)\s*<\s*([^<>\s]+)\s*>$/;

/**
 * Splits an Owner cell into addresses: several owners may share a KPI, separated by commas or
 * semicolons, and each may be written as a bare address or as `Name <address>` (as copied from a
 * mail client). Returns `null` when any part holds no usable address.
 *
 * @example
 * ownerAddresses('Ana Ruiz <Ana@Example.com>; bo@example.com') // ['ana@example.com', 'bo@example.com']
 */
export function ownerAddresses(owner: string): string[] | null {
  const addresses = ownerParts(owner).map(addressOf);
  if (addresses.length === 0) return null;
  const usable: string[] = [];
  for (const address of addresses) {
    if (address === null) return null;
    usable.push(address);
  }
  return [...new Set(usable)];
}

/**
 * The owners in a cell: split at commas and semicolons, except inside a quoted name
 * (`"Ruiz, Ana" <ana@example.com>`) or angle brackets.
 */
function ownerParts(owner: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let bracketed = false;
  for (const character of owner) {
    if (character === '"' && !bracketed) quoted = !quoted;
    else if (character === '<' && !quoted) bracketed = true;
    else if (character === '>' && !quoted) bracketed = false;
    else if ((character === ',' || character === ';') && !quoted && !bracketed) {
      parts.push(current);
      current = '';
      continue;
    }
    current += character;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The lower-cased address of one owner, or `null` when it holds none. */
function addressOf(part: string): string | null {
  const address = (NAMED_ADDRESS.exec(part)?.[1] ?? part).toLowerCase();
  return EMAIL.test(address) ? address : null;
}

/**
 * Groups the Overdue and Due soon KPIs by owner and writes one digest each, owners in the order
 * they first appear in the register.
 *
 * @example
 * planDigests(review.kpis, { spreadsheetName: 'KPIs', spreadsheetUrl: url, asOf }).digests[0].subject
 * // 'KPI reviews: 2 overdue, 1 due soon in "KPIs"'
 */
export function planDigests(kpis: readonly ReviewedKpi[], context: DigestContext): DigestPlan {
  const byRecipient = new Map<string, ReviewedKpi[]>();
  const unaddressed = new Set<string>();
  const addresses = new Map<string, string[] | null>();
  for (const kpi of kpis) {
    if (kpi.status !== 'Overdue' && kpi.status !== 'Due soon') continue;
    if (kpi.owner === '') continue;
    let recipients = addresses.get(kpi.owner);
    if (recipients === undefined) {
      recipients = ownerAddresses(kpi.owner);
      addresses.set(kpi.owner, recipients);
    }
    if (recipients === null) {
      unaddressed.add(kpi.owner);
      continue;
    }
    for (const recipient of recipients) {
      const list = byRecipient.get(recipient);
      if (list) list.push(kpi);
      else byRecipient.set(recipient, [kpi]);
    }
  }
  const digests = [...byRecipient].map(([recipient, list]) =>
    composeDigest(recipient, list, context),
  );
  return { digests, unaddressed: [...unaddressed] };
}

/**
 * Writes one owner's digest: Overdue first, then Due soon, each soonest review first.
 *
 * @example
 * composeDigest('ana@example.com', kpis, context).text.startsWith('Hello,') // true
 */
export function composeDigest(
  recipient: string,
  kpis: readonly ReviewedKpi[],
  context: DigestContext,
): OwnerDigest {
  const overdue = sortByNextReview(kpis.filter((kpi) => kpi.status === 'Overdue'));
  const dueSoon = sortByNextReview(kpis.filter((kpi) => kpi.status === 'Due soon'));
  const name = context.spreadsheetName;
  const asOf = formatCalendarDate(context.asOf);
  const summary = [
    overdue.length ? `${overdue.length} overdue` : '',
    dueSoon.length ? `${dueSoon.length} due soon` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const subject = `KPI reviews: ${summary} in "${oneLine(name)}"`;
  const total = overdue.length + dueSoon.length;
  const intro = `${total} KPI${total === 1 ? '' : 's'} you own in "${name}" need${total === 1 ? 's' : ''} a review (as of ${asOf}).`;
  const howTo =
    'To review them, select their rows in the KPI Register and choose Extensions > KPI Framework Builder > Reviews > Review selected KPIs: keep, revise or retire each one.';

  const sections: DigestSection[] = [];
  for (const [title, list, verb] of [
    ['Overdue', overdue, 'was due'],
    ['Due soon', dueSoon, 'due'],
  ] as const) {
    if (list.length === 0) continue;
    const lines = list.slice(0, MAX_LISTED_PER_SECTION).map((kpi) => describeKpi(kpi, verb));
    const more = list.length - lines.length;
    if (more > 0) lines.push(`…and ${more} more — see the Review status column.`);
    sections.push({ title: `${title} (${list.length})`, lines });
  }
  const { text, html } = digestBodies({
    intro,
    sections,
    spreadsheetName: name,
    spreadsheetUrl: context.spreadsheetUrl,
    howTo,
  });
  return {
    recipient,
    subject,
    text,
    html,
    overdue: overdue.length,
    dueSoon: dueSoon.length,
    newly: kpis.filter((kpi) => kpi.newlyDue).length,
  };
}

/** A titled list in a digest. */
export interface DigestSection {
  title: string;
  lines: string[];
}

/**
 * A digest's plain-text and HTML bodies: greeting, intro, the titled lists, the link to the
 * spreadsheet and what to do. Every piece of sheet text is escaped in the HTML.
 *
 * @example digestBodies({ intro, sections, spreadsheetName, spreadsheetUrl, howTo }).text.startsWith('Hello,') // → true
 */
export function digestBodies(parts: {
  intro: string;
  sections: readonly DigestSection[];
  spreadsheetName: string;
  spreadsheetUrl: string;
  howTo: string;
}): { text: string; html: string } {
  const { intro, sections, spreadsheetName, spreadsheetUrl: url, howTo } = parts;
  const text = [
    'Hello,',
    intro,
    ...sections.map(({ title, lines }) => [title, ...lines.map((line) => `- ${line}`)].join('\n')),
    `Open the spreadsheet: ${url}`,
    howTo,
  ].join('\n\n');
  const html =
    `<p>Hello,</p><p>${escapeHtml(intro)}</p>` +
    sections
      .map(
        ({ title, lines }) =>
          `<h3>${escapeHtml(title)}</h3><ul>` +
          lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('') +
          '</ul>',
      )
      .join('') +
    `<p><a href="${escapeHtml(url)}">Open ${escapeHtml(spreadsheetName)}</a></p>` +
    `<p>${escapeHtml(howTo)}</p>`;
  return { text, html };
}

function describeKpi(kpi: ReviewedKpi, verb: string): string {
  const id = kpi.kpiId ? ` (${kpi.kpiId})` : '';
  const role = kpi.role ? `${kpi.role} — ` : '';
  const when = kpi.nextReview ? `: review ${verb} ${formatCalendarDate(kpi.nextReview)}` : '';
  return oneLine(`${role}${kpi.kpi || 'Unnamed KPI'}${id}${when}`);
}

function sortByNextReview(kpis: ReviewedKpi[]): ReviewedKpi[] {
  return kpis
    .map((kpi) => ({ kpi, day: kpi.nextReview ? dayNumber(kpi.nextReview) : -Infinity }))
    .sort((a, b) => a.day - b.day || a.kpi.rowIndex - b.kpi.rowIndex)
    .map((entry) => entry.kpi);
}

/**
 * Sheet text may hold line breaks; a subject or list item must stay on one line.
 *
 * @example oneLine('Win\nrate') // → 'Win rate'
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Escapes text for HTML, so a KPI named `<script>` shows as text in the email.
 *
 * @example
 * escapeHtml('R&D <ops>') // 'R&amp;D &lt;ops&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A short, stable key for a recipient, so the spreadsheet can remember who got today's digest
 * without storing everyone's address in it (32-bit FNV-1a, base 36).
 *
 * @example
 * recipientKey('ana@example.com') === recipientKey('ana@example.com') // true
 */
export function recipientKey(recipient: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < recipient.length; index++) {
    hash ^= recipient.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
