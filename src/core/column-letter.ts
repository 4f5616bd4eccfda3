/**
 * Column letters for a 1-based column number, as A1 notation writes them.
 *
 * @example columnLetter(28) // → 'AB'
 */
export function columnLetter(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
