/**
 * The text Sheets shows for a number or a text under a number-format pattern such as
 * `#,##0.00`, `0%` or `+0%;-0%;0%`.
 *
 * Decisions:
 * - A pattern has up to four sections separated by `;`: positive; negative; zero; text. One
 *   section serves every number, and a negative one gets a minus sign in front. Two sections
 *   serve zero-or-positive and negative; three add zero. A number shown by the negative section
 *   gets no minus sign of its own: the section writes the sign it wants, or none (`0;(0)`).
 * - The text section is the fourth, or the last one when it holds `@` (so `0;@` is one number
 *   section and a text section). Without one, text shows as it is.
 * - An empty section shows nothing: `0;-0;;@` hides zeros.
 * - Quoted text ("%") and escaped characters (\%) are shown as written and never scale the
 *   number; only a bare `%` multiplies by 100. `_x` leaves a space (Sheets leaves the width of x).
 * - Colours (`[Red]`, `[Color12]`) only paint the text, so they add nothing to it; `[$€-407]`
 *   shows its currency symbol. Conditions (`[<100]`), exponents (`0.00E+00`), fractions (`# ?/?`)
 *   and fill characters (`*`) are not supported and show as written.
 * - A comma between digit placeholders groups thousands; commas right after the last digit
 *   placeholder divide by 1,000 each (`0.0,,"M"` shows 1230000 as 1.2M).
 */

type Token =
  | { kind: 'digit'; placeholder: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'text' }
  | { kind: 'general' }
  | { kind: 'literal'; text: string };

const COLOR = /^(black|white|red|green|blue|yellow|magenta|cyan|color\d{1,2})$/i;

/** A pattern cut into sections of tokens; `;` inside quotes, escapes or brackets does not cut. */
function sectionsOf(pattern: string): Token[][] {
  const sections: Token[][] = [[]];
  let tokens = sections[0] ?? [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    const next = pattern.charAt(i + 1);
    if (char === ';') {
      tokens = [];
      sections.push(tokens);
    } else if (char === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      tokens.push({ kind: 'literal', text: pattern.slice(i + 1, stop) });
      i = stop;
    } else if (char === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'literal', text: next });
      i++;
    } else if (char === '_' && i + 1 < pattern.length) {
      tokens.push({ kind: 'literal', text: ' ' });
      i++;
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      const stop = end < 0 ? pattern.length : end;
      const inside = pattern.slice(i + 1, stop);
      if (inside.startsWith('$'))
        tokens.push({ kind: 'literal', text: inside.slice(1).split('-')[0] ?? '' });
      else if (!COLOR.test(inside))
        tokens.push({ kind: 'literal', text: pattern.slice(i, stop + 1) });
      i = stop;
    } else if (char === '0' || char === '#' || char === '?') {
      tokens.push({ kind: 'digit', placeholder: char });
    } else if (char === '.') {
      tokens.push({ kind: 'point' });
    } else if (char === ',') {
      tokens.push({ kind: 'comma' });
    } else if (char === '%') {
      tokens.push({ kind: 'percent' });
    } else if (char === '@') {
      tokens.push({ kind: 'text' });
    } else if (pattern.slice(i, i + 7).toLowerCase() === 'general') {
      tokens.push({ kind: 'general' });
      i += 6;
    } else {
      tokens.push({ kind: 'literal', text: char });
    }
  }
  return sections;
}

interface Sections {
  numbers: Token[][];
  text: Token[] | undefined;
}

function splitSections(pattern: string): Sections {
  const sections = sectionsOf(pattern);
  const last = sections[sections.length - 1] ?? [];
  const isText = sections.length === 4 || last.some((token) => token.kind === 'text');
  return isText
    ? { numbers: sections.slice(0, -1), text: last }
    : { numbers: sections.slice(0, 4), text: undefined };
}

/** Whether a pattern formats numbers (rather than being a date, plain text or empty pattern). */
export function isNumberPattern(pattern: string): boolean {
  const { numbers } = splitSections(pattern);
  return (
    numbers.length > 1 ||
    (numbers[0] ?? []).some((token) => token.kind === 'digit' || token.kind === 'general')
  );
}

/**
 * A number in Sheets' automatic format: whole numbers as they are, others to 10 significant digits.
 * @example formatGeneralNumber(2 / 3) // '0.6666666667'
 */
export function formatGeneralNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** The integer digits of a number, right-aligned into the section's integer placeholders. */
function integerSlots(placeholders: Array<'0' | '#' | '?'>, digits: string, group: boolean) {
  const slots = placeholders.map(() => '');
  let remaining = digits;
  let written = 0;
  const put = (slot: number, digit: string) => {
    const comma = group && written > 0 && written % 3 === 0 ? ',' : '';
    slots[slot] = digit + comma + slots[slot];
    written++;
  };
  for (let slot = placeholders.length - 1; slot >= 0; slot--) {
    if (remaining) {
      put(slot, remaining.slice(-1));
      remaining = remaining.slice(0, -1);
    } else if (placeholders[slot] === '0') put(slot, '0');
    else if (placeholders[slot] === '?') slots[slot] = ' ' + slots[slot];
  }
  // The leftmost placeholder shows every digit the others have no room for.
  while (remaining && slots.length > 0) {
    put(0, remaining.slice(-1));
    remaining = remaining.slice(0, -1);
  }
  return slots;
}

/** The fraction digits, with trailing zeros dropped under `#` and blanked under `?`. */
function fractionSlots(placeholders: Array<'0' | '#' | '?'>, digits: string): string[] {
  const slots = placeholders.map((_, index) => digits.charAt(index));
  for (let slot = placeholders.length - 1; slot >= 0 && slots[slot] === '0'; slot--) {
    if (placeholders[slot] === '0') break;
    slots[slot] = placeholders[slot] === '?' ? ' ' : '';
  }
  return slots;
}

/** One number section applied to a magnitude (the sign is the caller's). */
function formatSection(tokens: Token[], magnitude: number): string {
  const point = tokens.findIndex((token) => token.kind === 'point');
  const digits = tokens.flatMap((token, index) =>
    token.kind === 'digit' ? [{ index, placeholder: token.placeholder }] : [],
  );
  const integers = digits.filter(({ index }) => point < 0 || index < point);
  const fractions = digits.filter(({ index }) => point >= 0 && index > point);
  const firstInteger = integers[0]?.index ?? -1;
  const lastInteger = integers[integers.length - 1]?.index ?? -1;
  const commasAfter = (from: number): number[] => {
    const run: number[] = [];
    for (let index = from + 1; tokens[index]?.kind === 'comma'; index++) run.push(index);
    return run;
  };
  // Commas right after the last digit placeholder, or after the last integer one just before the
  // point (`#,##0,.0`), divide by 1,000; commas between integer placeholders group thousands;
  // any other comma is shown as it is.
  const lastDigit = digits[digits.length - 1]?.index ?? -1;
  const scaling = new Set(lastDigit >= 0 ? commasAfter(lastDigit) : []);
  const beforePoint = lastInteger >= 0 ? commasAfter(lastInteger) : [];
  if (beforePoint.length > 0 && beforePoint[beforePoint.length - 1] === point - 1)
    beforePoint.forEach((index) => scaling.add(index));
  const grouping = (index: number) => index > firstInteger && index < lastInteger;
  const group = tokens.some((token, index) => token.kind === 'comma' && grouping(index));
  const percents = tokens.filter((token) => token.kind === 'percent').length;
  const scaled = (magnitude * 100 ** percents) / 1000 ** scaling.size;
  // 15 significant digits first, so 0.29 * 100 rounds as 29 rather than 28.999999999999996.
  const fixed = Number(scaled.toPrecision(15)).toFixed(fractions.length);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const significant = whole === '0' ? '' : whole;
  const integerText = integerSlots(
    integers.map(({ placeholder }) => placeholder),
    significant,
    group,
  );
  const fractionText = fractionSlots(
    fractions.map(({ placeholder }) => placeholder),
    fraction,
  );
  // Digits with no integer placeholder to hold them go just before the point (`.00` shows 1.50).
  const unplaced = integers.length === 0 ? significant : '';
  return tokens
    .map((token, index) => {
      switch (token.kind) {
        case 'digit': {
          const integer = integers.findIndex((digit) => digit.index === index);
          if (integer >= 0) return integerText[integer];
          return fractionText[fractions.findIndex((digit) => digit.index === index)];
        }
        case 'point':
          return index === point ? `${unplaced}.` : '.';
        case 'comma':
          return scaling.has(index) || grouping(index) ? '' : ',';
        case 'percent':
          return '%';
        case 'general':
          return formatGeneralNumber(magnitude);
        case 'text':
          return '';
        case 'literal':
          return token.text;
      }
    })
    .join('');
}

/**
 * A number as Sheets shows it under a number-format pattern.
 * @example formatNumber(-0.29, '+0%;-0%;0%') // '-29%'
 */
export function formatNumber(value: number, pattern: string): string {
  const { numbers } = splitSections(pattern);
  if (numbers.length === 0) return formatGeneralNumber(value);
  if (value < 0 && numbers.length >= 2) return formatSection(numbers[1] ?? [], -value);
  if (value === 0 && numbers.length >= 3) return formatSection(numbers[2] ?? [], 0);
  const text = formatSection(numbers[0] ?? [], Math.abs(value));
  return value < 0 ? `-${text}` : text;
}

/**
 * A text as Sheets shows it under a number-format pattern: through its text section, if any.
 * @example formatText('n/a', '0%;-0%;0%;"("@")"') // '(n/a)'
 */
export function formatText(text: string, pattern: string): string {
  const section = splitSections(pattern).text;
  if (!section) return text;
  return section
    .map((token) => {
      switch (token.kind) {
        case 'text':
          return text;
        case 'literal':
          return token.text;
        case 'digit':
          return token.placeholder;
        case 'point':
          return '.';
        case 'comma':
          return ',';
        case 'percent':
          return '%';
        case 'general':
          return text;
      }
    })
    .join('');
}
