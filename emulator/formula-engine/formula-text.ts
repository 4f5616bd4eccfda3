/**
 * Formula text as Sheets writes it, turned into text the engine reads the same way.
 *
 * - Open-ended ranges such as `A2:A` (down to the sheet's last row), `A2:2` (across to its last
 *   column) and whole columns `B:B` are closed at the sheet's grid size: the same rows Sheets
 *   reads, blank ones included, which is what a custom function over `A2:A` receives in Sheets.
 * - The literals TRUE and FALSE, which Sheets accepts bare, become the engine's TRUE() and FALSE().
 */

/**
 * Column letters of a 1-based column number.
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Closes each open-ended range of a formula at the size of the sheet it names (or the formula's
 * own sheet, for `undefined`), leaving string literals alone.
 * @example closeOpenEndedRanges("=COUNTA('KPI Register'!A2:A)", () => ({ rows: 40, columns: 5 })) // "=COUNTA('KPI Register'!A2:A40)"
 */
export function closeOpenEndedRanges(
  formula: string,
  sheetSize: (sheetName: string | undefined) => { rows: number; columns: number },
): string {
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  const sheetOf = (prefix: string | undefined): string | undefined =>
    prefix
      ? prefix
          .slice(0, -1)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'")
      : undefined;
  return pieces
    .map((piece, index) => {
      if (index % 2 === 1) return piece; // a string literal
      return closeWholeColumns(piece, (prefix) => sheetSize(sheetOf(prefix))).replace(
        /((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{1,3})(\$?\d+):(\$?[A-Za-z]{1,3}|\$?\d+)(?![A-Za-z0-9_(!$])/g,
        (whole, prefix: string | undefined, startColumn: string, startRow: string, end: string) => {
          const size = sheetSize(sheetOf(prefix));
          const rowNumber = Number(startRow.replace('$', ''));
          if (/^\$?[A-Za-z]+$/.test(end)) {
            return `${prefix ?? ''}${startColumn}${startRow}:${end}${Math.max(size.rows, rowNumber)}`;
          }
          if (/^\$?\d+$/.test(end)) {
            // `A2:5` is open on the right only when the end has no column letters.
            const lastColumn = Math.max(size.columns, 1);
            return `${prefix ?? ''}${startColumn}${startRow}:${columnLetters(lastColumn)}${end.replace('$', '')}`;
          }
          return whole;
        },
      );
    })
    .join('');
}

/** `B:B` (whole columns) becomes `B1:B<last row>`: the engine would otherwise read a million rows. */
function closeWholeColumns(
  text: string,
  sheetSize: (prefix: string | undefined) => { rows: number; columns: number },
): string {
  return text.replace(
    /(?<![A-Za-z0-9_$.!'])((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(!$])/g,
    (_whole, prefix: string | undefined, start: string, end: string) =>
      `${prefix ?? ''}${start}1:${end}${sheetSize(prefix).rows}`,
  );
}

/**
 * Bare TRUE and FALSE become TRUE() and FALSE(), outside strings and quoted sheet names.
 * @example spellBooleans('=VLOOKUP(A2, B:C, 2, FALSE)') // '=VLOOKUP(A2, B:C, 2, FALSE())'
 */
export function spellBooleans(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece.replace(
            /(?<![A-Za-z0-9_.$])(TRUE|FALSE)(?![A-Za-z0-9_.(!$])/gi,
            (word: string) => `${word.toUpperCase()}()`,
          ),
    )
    .join('');
}
