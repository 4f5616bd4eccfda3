/**
 * Renaming a role: which register cells, sheet names and title cells change, decided before any
 * write, with every reason to refuse found first.
 *
 * Decisions:
 * - Every register row of the role follows, retired ones included: they are the role's history,
 *   and a retired row left under the old name would join any new role given that name.
 * - A sheet is one of the role's scorecards when its name is the role's sheet name, alone or with
 *   a version suffix (" (2)", or " (until 2026-03-31)" for a superseded one), AND its title cell
 *   names the role. A sheet a person named like the role for something else is left alone.
 * - Each scorecard keeps its suffix after the new name, so the current one takes the new plain
 *   name and the versions behind it stay in order; the base is cut so each name fits Sheets'
 *   100 UTF-16 units, as new scorecards are.
 * - A new sheet name may not equal (ignoring case, as Sheets does) any sheet that is not the one
 *   being renamed: a clash is refused rather than versioned away, since a rename that quietly
 *   gives the scorecard another name than the role's would lose it.
 * - Renaming a role to another spelling of itself ("analyst" → "Analyst") is allowed; renaming
 *   it to its own exact name is refused as there is nothing to do.
 */
import { toCellText } from './cell-text';
import { roleKey } from './register-record';
import { TEXT_LIMITS } from './role-template-schema';
import { SCORECARD_TITLE } from './scorecard-shape';
import {
  cutToLength,
  MAX_SHEET_NAME_LENGTH,
  sameSheetName,
  scorecardSheetName,
} from './scorecard-sheet-names';

/** A version suffix of a scorecard's sheet name: a number, or the day it was superseded. */
const VERSION_SUFFIX = / \((?:\d{1,3}|until \d{4}-\d{2}-\d{2})\)$/;

/** A sheet that may be one of the role's scorecards, with its first two cells (A1, B1). */
export interface ScorecardCandidate {
  name: string;
  title: readonly unknown[];
}

/** What the rename planner reads. */
export interface RenameInput {
  from: string;
  to: string;
  /** The register's rows (Role cell by row). */
  registerRows: ReadonlyArray<{ row: number; cells: { Role: unknown } }>;
  /** Every sheet name in the spreadsheet. */
  sheetNames: readonly string[];
  /** The sheets {@link scorecardCandidates} named, with their title cells. */
  candidates: readonly ScorecardCandidate[];
}

/** What a rename writes. */
export interface RenamePlan {
  /** The role's name as the register spells it now. */
  from: string;
  to: string;
  /** Register rows whose Role cell gets the new name (already made safe to write). */
  registerUpdates: Array<{ row: number; cells: { Role: string } }>;
  /** Scorecard sheets to rename, the current one first. */
  sheets: Array<{ from: string; to: string }>;
  /**
   * What B1 of each renamed scorecard gets. The title row is plain text (`@`), where Sheets keeps
   * a string exactly as written, so this is the name itself, with no apostrophe.
   */
  title: string;
}

export type RenamePlanResult = { ok: true; plan: RenamePlan } | { ok: false; problems: string[] };

/**
 * The sheet names that may be the role's scorecards; their title cells decide.
 *
 * @example scorecardCandidates(['Analyst', 'Analyst (2)', 'KPI Register'], 'analyst') // → ['Analyst', 'Analyst (2)']
 */
export function scorecardCandidates(sheetNames: readonly string[], role: string): string[] {
  const base = scorecardSheetName(role);
  return sheetNames.filter((name) => scorecardSuffix(name, base) !== null);
}

/**
 * The version suffix a sheet name carries after a base name ('' for the plain name), or `null`
 * when it is not one of the base's scorecard names. Compared ignoring case, as Sheets does.
 *
 * @example scorecardSuffix('Analyst (until 2026-03-31)', 'Analyst') // → ' (until 2026-03-31)'
 */
export function scorecardSuffix(name: string, base: string): string | null {
  if (sameSheetName(name, cutToLength(base, MAX_SHEET_NAME_LENGTH))) return '';
  const suffix = VERSION_SUFFIX.exec(name)?.[0];
  if (suffix === undefined) return null;
  const head = name.slice(0, name.length - suffix.length);
  return sameSheetName(head, baseFor(base, suffix)) ? suffix : null;
}

/**
 * Checks a rename and plans its writes, or lists every reason it cannot be done with the fix.
 *
 * @example planRoleRename({ from: 'Analyst', to: 'Data Analyst', registerRows, sheetNames, candidates }).ok // → true
 */
export function planRoleRename(input: RenameInput): RenamePlanResult {
  const from = input.from.trim();
  const to = input.to.trim();
  const problems: string[] = [];
  if (from === '') problems.push('Choose the role to rename.');
  if (to === '') problems.push('The new name is blank — type the name the role should have.');
  if (to.length > TEXT_LIMITS.role) {
    problems.push(
      `The new name is ${to.length} characters long — shorten it to at most ${TEXT_LIMITS.role}.`,
    );
  }
  if (problems.length) return { ok: false, problems };

  const fromKey = roleKey(from);
  const toKey = roleKey(to);
  const roleRows = input.registerRows.filter((record) => roleKey(record.cells.Role) === fromKey);
  const spelledNow = roleRows.length ? String(roleRows[0]?.cells.Role).trim() : from;
  if (roleRows.length === 0) {
    const byKey = new Map<string, string>();
    for (const record of input.registerRows) {
      const role = text(record.cells.Role);
      if (role !== '' && !byKey.has(roleKey(role))) byKey.set(roleKey(role), `"${role}"`);
    }
    const roles = [...byKey.values()];
    problems.push(
      `There is no role named "${from}" in the KPI Register — choose one of ${roles.length ? roles.join(', ') : 'its roles (it has none yet)'}.`,
    );
    return { ok: false, problems };
  }
  if (to === spelledNow) {
    return {
      ok: false,
      problems: [`The role is already named "${to}" — type a different name.`],
    };
  }
  if (toKey !== fromKey) {
    const taken = input.registerRows.find((record) => roleKey(record.cells.Role) === toKey);
    if (taken) {
      problems.push(
        `"${text(taken.cells.Role)}" is already a role in the KPI Register — choose a name no other role has.`,
      );
    }
  }

  const fromBase = scorecardSheetName(from);
  const toBase = scorecardSheetName(to);
  const scorecards = input.candidates
    .filter((candidate) => isScorecardOf(candidate, fromKey))
    .map((candidate) => ({
      from: candidate.name,
      suffix: scorecardSuffix(candidate.name, fromBase) ?? '',
    }))
    .sort((a, b) => versionRank(b.suffix) - versionRank(a.suffix));
  const sheets = scorecards.map(({ from: name, suffix }) => ({
    from: name,
    to: `${baseFor(toBase, suffix)}${suffix}`,
  }));
  for (const sheet of sheets) {
    if (sheet.to.length > MAX_SHEET_NAME_LENGTH) {
      problems.push(
        `The scorecard "${sheet.from}" would be named "${sheet.to}", longer than Sheets' ${MAX_SHEET_NAME_LENGTH} characters — choose a shorter role name.`,
      );
    }
    const clash = input.sheetNames.find(
      (name) =>
        // A sheet of the role being renamed away still holds its name until it is renamed,
        // so it clashes too; only the sheet itself (a change of case) does not.
        sameSheetName(name, sheet.to) && !sameSheetName(name, sheet.from),
    );
    if (clash !== undefined) {
      problems.push(
        `The scorecard "${sheet.from}" cannot be renamed "${sheet.to}": a sheet named "${clash}" already exists — rename or delete that sheet, or choose another role name.`,
      );
    }
  }
  if (problems.length) return { ok: false, problems };
  const cellRole = toCellText(to);
  return {
    ok: true,
    plan: {
      from: spelledNow,
      to,
      registerUpdates: roleRows.map((record) => ({ row: record.row, cells: { Role: cellRole } })),
      sheets,
      title: to,
    },
  };
}

/** The base as it stands before a suffix: cut so base and suffix fit 100 units together. */
function baseFor(base: string, suffix: string): string {
  return cutToLength(base, MAX_SHEET_NAME_LENGTH - suffix.length).trim();
}

function isScorecardOf(candidate: ScorecardCandidate, role: string): boolean {
  return text(candidate.title[0]) === SCORECARD_TITLE && roleKey(candidate.title[1]) === role;
}

/**
 * Which scorecard is current: the highest version number (the plain name is version 1); one
 * marked "until" a day was superseded, so it ranks below every numbered one.
 */
function versionRank(suffix: string): number {
  if (suffix === '') return 1;
  const number = /^ \((\d+)\)$/.exec(suffix)?.[1];
  return number === undefined ? 0 : Number(number);
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}
