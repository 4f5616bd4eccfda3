/**
 * The A1 references inside formula text, and how Sheets rewrites them when rows or columns are
 * inserted or deleted, or a sheet is renamed: every reference to the changed sheet moves with its
 * cells, in every formula of the spreadsheet.
 *
 * Decisions:
 * - The text is scanned, not matched with one pattern: string literals ("…", `""` inside) are
 *   skipped, a name followed by `(` is a function (`LOG10(`, `ATAN2(`), error literals (`#REF!`)
 *   pass through, and a sheet qualifier (`Scores!`, `'My sheet'!`, quotes doubled inside) belongs
 *   to the reference after it. Anything that is not a cell reference — numbers, named ranges such
 *   as `KPI_AS_OF`, booleans — is left exactly as written.
 * - An unqualified reference names the formula's own sheet; sheet names match case-insensitively,
 *   as Sheets resolves them.
 * - Anchors (`$`) do not stop a reference moving: they only matter when a formula is copied. A
 *   moved reference keeps its anchors; an unmoved one keeps its text byte for byte.
 * - Insert and delete follow the same span rule as named ranges (`shiftSpan`): inserting at or
 *   before a reference's first row moves it, inserting after its first and up to its last row grows
 *   it, inserting after it leaves it; deleting shrinks what overlaps and moves what follows. An
 *   open-ended end (`A2:A` downwards, `B3:3` rightwards) stays open, and a whole column (`B:B`) has
 *   no rows to move. A reference whose cells are all deleted becomes `#REF!`, its qualifier with
 *   it, as Sheets shows `=SUM(#REF!)`.
 * - A renamed sheet's qualifiers take the new name, quoted only when the name needs quotes.
 */
import { columnLetters, columnNumber, quoteSheetName } from './a1';
import { shiftSpan, type DimensionChange } from './sheet-structure';

/** A sheet qualifier as written (`'My sheet'!`, `!` included) and the name it stands for. */
interface Qualifier {
  raw: string;
  sheetName: string;
}

interface Coordinate {
  value: number;
  absolute: boolean;
}

/** One end of a reference: `B7` has both coordinates, `B` (of `B:B`) a column, `2` (of `2:5`) a row. */
interface Corner {
  column?: Coordinate;
  row?: Coordinate;
}

interface CellReference {
  qualifier?: Qualifier;
  start: Corner;
  /** Absent for a single cell. */
  end?: Corner;
  raw: string;
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'qualifier'; qualifier: Qualifier }
  | { kind: 'reference'; reference: CellReference };

const WORD_CHARACTER = /[A-Za-z0-9_.$]/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d*)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)([1-9]\d*)$/;
const ERROR_LITERAL = /#[A-Za-z0-9/]+[!?]?/y;

function wordEnd(formula: string, from: number): number {
  let end = from;
  while (end < formula.length && WORD_CHARACTER.test(formula[end] as string)) end++;
  return end;
}

function corner(word: string): Corner | null {
  const cell = CELL.exec(word);
  if (cell)
    return {
      column: { value: columnNumber(cell[2] as string), absolute: cell[1] === '$' },
      row: { value: Number(cell[4]), absolute: cell[3] === '$' },
    };
  const column = COLUMN.exec(word);
  if (column)
    return { column: { value: columnNumber(column[2] as string), absolute: column[1] === '$' } };
  const row = ROW.exec(word);
  if (row) return { row: { value: Number(row[2]), absolute: row[1] === '$' } };
  return null;
}

/** Which ends make a range: a cell to a cell, column or row (`A2:A`, `B3:3`), or like to like. */
function formsRange(start: Corner, end: Corner): boolean {
  if (start.column && start.row) return true;
  if (start.column) return Boolean(end.column) && !end.row;
  return Boolean(end.row) && !end.column;
}

/** A name right before `(` is a function, and before `!` a sheet: neither is a cell. */
function endsReference(next: string | undefined): boolean {
  return next !== '(' && next !== '!';
}

/** The reference starting at `from`, and where it ends; null when the text there is not one. */
function readReference(
  formula: string,
  from: number,
): { start: Corner; end?: Corner; to: number } | null {
  const firstEnd = wordEnd(formula, from);
  const start = corner(formula.slice(from, firstEnd));
  if (!start) return null;
  if (formula[firstEnd] === ':') {
    const secondEnd = wordEnd(formula, firstEnd + 1);
    const end = corner(formula.slice(firstEnd + 1, secondEnd));
    if (end && formsRange(start, end) && endsReference(formula[secondEnd]))
      return { start, end, to: secondEnd };
  }
  if (start.column && start.row && endsReference(formula[firstEnd])) return { start, to: firstEnd };
  return null;
}

/** Where the quoted sheet name opening at `from` closes (the index after its last quote). */
function quotedEnd(formula: string, from: number): number {
  let index = from + 1;
  while (index < formula.length) {
    if (formula[index] === "'") {
      if (formula[index + 1] !== "'") return index + 1;
      index += 2;
    } else index++;
  }
  return formula.length;
}

/** Where the string literal opening at `from` closes. */
function stringEnd(formula: string, from: number): number {
  let index = from + 1;
  while (index < formula.length) {
    if (formula[index] === '"') {
      if (formula[index + 1] !== '"') return index + 1;
      index += 2;
    } else index++;
  }
  return formula.length;
}

/** The qualifier opening at `from` (`'My sheet'!` or `Scores!`), or null. */
function readQualifier(formula: string, from: number): { qualifier: Qualifier; to: number } | null {
  if (formula[from] === "'") {
    const end = quotedEnd(formula, from);
    if (formula[end] !== '!') return null;
    const sheetName = formula.slice(from + 1, end - 1).replace(/''/g, "'");
    return { qualifier: { raw: formula.slice(from, end + 1), sheetName }, to: end + 1 };
  }
  const end = wordEnd(formula, from);
  if (end === from || formula[end] !== '!') return null;
  return {
    qualifier: { raw: formula.slice(from, end + 1), sheetName: formula.slice(from, end) },
    to: end + 1,
  };
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  let index = 0;
  while (index < formula.length) {
    const character = formula[index] as string;
    if (character === '"') {
      const end = stringEnd(formula, index);
      text += formula.slice(index, end);
      index = end;
      continue;
    }
    if (character === '#') {
      ERROR_LITERAL.lastIndex = index;
      const match = ERROR_LITERAL.exec(formula);
      const end = match ? index + match[0].length : index + 1;
      text += formula.slice(index, end);
      index = end;
      continue;
    }
    if (character !== "'" && !WORD_CHARACTER.test(character)) {
      text += character;
      index++;
      continue;
    }
    const qualified = readQualifier(formula, index);
    const from = qualified ? qualified.to : index;
    const found = readReference(formula, from);
    if (found) {
      flush();
      const reference: CellReference = {
        start: found.start,
        raw: formula.slice(index, found.to),
      };
      if (found.end) reference.end = found.end;
      if (qualified) reference.qualifier = qualified.qualifier;
      tokens.push({ kind: 'reference', reference });
      index = found.to;
    } else if (qualified) {
      flush();
      tokens.push({ kind: 'qualifier', qualifier: qualified.qualifier });
      index = qualified.to;
    } else {
      const end = character === "'" ? quotedEnd(formula, index) : wordEnd(formula, index);
      text += formula.slice(index, end);
      index = end;
    }
  }
  flush();
  return tokens;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function cornerText(corner: Corner): string {
  const column = corner.column
    ? `${corner.column.absolute ? '$' : ''}${columnLetters(corner.column.value)}`
    : '';
  const row = corner.row ? `${corner.row.absolute ? '$' : ''}${corner.row.value}` : '';
  return column + row;
}

/** A reference after the change: its text as written when it did not move, `#REF!` when deleted. */
function movedReference(reference: CellReference, change: DimensionChange): string {
  const axis = change.dimension === 'ROWS' ? 'row' : 'column';
  const first = reference.start[axis];
  const second = reference.end ? reference.end[axis] : first;
  if (!first) return reference.raw; // a whole column has no rows to move, a whole row no columns
  const low = second ? Math.min(first.value, second.value) : first.value;
  const high = second ? Math.max(first.value, second.value) : Infinity;
  const span = shiftSpan(low, high - low + 1, change);
  if (!span) return '#REF!';
  if (span.start === low && span.size === high - low + 1) return reference.raw;
  const newLow = span.start;
  const newHigh = span.start + span.size - 1;
  const ascending = !second || first.value <= second.value;
  const start: Corner = {
    ...reference.start,
    [axis]: { ...first, value: ascending ? newLow : newHigh },
  };
  let text = (reference.qualifier?.raw ?? '') + cornerText(start);
  if (reference.end) {
    const end: Corner = second
      ? { ...reference.end, [axis]: { ...second, value: ascending ? newHigh : newLow } }
      : reference.end;
    text += `:${cornerText(end)}`;
  }
  return text;
}

function tokenText(token: Token): string {
  if (token.kind === 'text') return token.text;
  if (token.kind === 'qualifier') return token.qualifier.raw;
  return token.reference.raw;
}

/**
 * Whether a formula might name a sheet at all: a cheap test that lets a structural edit skip the
 * formulas of other sheets that never mention it.
 * @example mayReferToSheet("=SUM('Scores'!N2:N)", 'scores') // true
 */
export function mayReferToSheet(formula: string, sheetName: string): boolean {
  const text = formula.toLowerCase();
  const name = sheetName.toLowerCase();
  return text.includes(name) || text.includes(name.replace(/'/g, "''"));
}

/**
 * A formula's text after rows or columns of `changedSheet` were inserted or deleted, as Sheets
 * rewrites it; `formulaSheet` is the sheet the formula is on (its unqualified references' sheet).
 * @example moveReferences("=SUM(B1:C1)+'Data'!B2", 'Data', 'Data', { dimension: 'COLUMNS', at: 1, count: 1, insert: true }) // "=SUM(C1:D1)+'Data'!C2"
 */
export function moveReferences(
  formula: string,
  formulaSheet: string,
  changedSheet: string,
  change: DimensionChange,
): string {
  return tokenize(formula)
    .map((token) => {
      if (token.kind !== 'reference') return tokenText(token);
      const sheetName = token.reference.qualifier?.sheetName ?? formulaSheet;
      return sameSheet(sheetName, changedSheet)
        ? movedReference(token.reference, change)
        : token.reference.raw;
    })
    .join('');
}

/** A sheet name as a qualifier, quoted when Sheets quotes it (spaces, punctuation, or cell-like). */
function qualifierFor(sheetName: string): string {
  return CELL.test(sheetName) ? `'${sheetName}'!` : `${quoteSheetName(sheetName)}!`;
}

/**
 * A formula's text after sheet `from` was renamed `to`: its qualifiers take the new name.
 * @example renameSheetReferences("=SUM(Scores!N2:N)", 'Scores', 'Q1 scores') // "=SUM('Q1 scores'!N2:N)"
 */
export function renameSheetReferences(formula: string, from: string, to: string): string {
  const renamed = (qualifier: Qualifier): string =>
    sameSheet(qualifier.sheetName, from) ? qualifierFor(to) : qualifier.raw;
  return tokenize(formula)
    .map((token) => {
      if (token.kind === 'qualifier') return renamed(token.qualifier);
      if (token.kind === 'reference' && token.reference.qualifier)
        return (
          renamed(token.reference.qualifier) +
          token.reference.raw.slice(token.reference.qualifier.raw.length)
        );
      return tokenText(token);
    })
    .join('');
}
