/**
 * Saving the Objectives view: the whole payload checked against the sheet first, then exactly the
 * cells that change — edited objectives in place, new ones appended with fresh IDs.
 *
 * Decisions:
 * - Objectives left out of the payload are left alone: the view may send only what changed, and
 *   an objective is never deleted (KPIs in the register point at its ID).
 * - Every problem is reported at once, each named by the objective's ID (or "New objective n" in
 *   the order the new ones were sent) with how to fix it, so one refusal is enough to fix them all.
 * - Objective texts must differ (case and spacing ignored) across the sheet as it will be after
 *   the save: a KPI's link is read back by text when its ID was lost, so two equal texts would be
 *   ambiguous. Swapping two texts in one save is fine.
 * - An ID typed twice on the sheet by hand cannot be edited safely (which row is meant?), so such
 *   an edit is refused with the rows to fix.
 * - Text is compared trimmed, as the sheet reads it back; a field whose value did not change is not
 *   written, so a person's formatting of that cell stays.
 */
import { toCellText } from './cell-text';
import { canonicalId, nextObjectiveIds, OBJECTIVE_ID_SCHEME } from './kpi-ids';
import { daysInMonth } from './calendar-date';
import { roleKey } from './register-record';
import { TEXT_LIMITS } from './role-template-schema';
import type { ObjectivesHeader } from './sheet-layouts';
import type { SaveObjectivesRequest } from './sidebar-api';
import type { Objective } from './types';
import { isRecord } from './stored-json';

/** At most this many objectives in one save. */
export const MAX_OBJECTIVES_PER_SAVE = 200;

/** An objective as it stands on the sheet, with its row; `id` is canonical or '' when it has none. */
export interface ObjectiveRow {
  row: number;
  id: string;
  objective: string;
  owner: string;
  /** `yyyy-mm-dd`, or '' when blank or not a date. */
  due: string;
  notes: string;
}

/** One objective of the payload, read. */
export type ObjectiveEdit = SaveObjectivesRequest['objectives'][number];

/** What a save writes. */
export interface ObjectivesPlan {
  /** Cells of existing rows that change, by row (only the fields that differ). */
  updates: Array<{ row: number; cells: Partial<Record<ObjectivesHeader, string>> }>;
  /** New objectives with their new IDs, in the order they were sent. */
  additions: Array<Objective & { id: string }>;
  /** IDs of existing objectives with at least one changed cell. */
  updated: string[];
  /** Every objective on the sheet after the save, in sheet order, the new ones last. */
  objectives: Objective[];
}

export type ObjectivesPlanResult =
  { ok: true; plan: ObjectivesPlan } | { ok: false; problems: string[] };

// Deliberately loose, like the SMART check's owner rule: one "@", no spaces, a dot in the domain.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIELDS = ['id', 'objective', 'owner', 'due', 'notes'] as const;

/**
 * Reads the payload of `saveObjectives`, or lists what is wrong with its shape.
 *
 * @example parseObjectivesRequest({ objectives: [{ id: '', objective: 'Cut churn' }] }) // → { ok: true, edits: [{ id: '', objective: 'Cut churn', owner: '', due: '', notes: '' }] }
 */
export function parseObjectivesRequest(
  request: unknown,
): { ok: true; edits: ObjectiveEdit[] } | { ok: false; problems: string[] } {
  const list = isRecord(request) ? request.objectives : undefined;
  if (!Array.isArray(list)) {
    return {
      ok: false,
      problems: ['The request has no list of objectives — send { objectives: [...] }.'],
    };
  }
  if (list.length > MAX_OBJECTIVES_PER_SAVE) {
    return {
      ok: false,
      problems: [
        `The request has ${list.length} objectives — save at most ${MAX_OBJECTIVES_PER_SAVE} at a time.`,
      ],
    };
  }
  const problems: string[] = [];
  const edits: ObjectiveEdit[] = [];
  list.forEach((item, index) => {
    if (!isRecord(item)) {
      problems.push(
        `Item ${index + 1} is not an objective — send { id, objective, owner, due, notes }.`,
      );
      return;
    }
    const edit = { id: '', objective: '', owner: '', due: '', notes: '' };
    for (const field of FIELDS) {
      const value = item[field];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') {
        problems.push(`Item ${index + 1}: ${field} is not text — send it as text (it may be "").`);
        continue;
      }
      edit[field] = value.trim();
    }
    edits.push(edit);
  });
  return problems.length ? { ok: false, problems } : { ok: true, edits };
}

/**
 * Checks the edits against the sheet and plans the writes, or lists every problem with its fix.
 *
 * @example
 * planObjectivesSave([{ id: '', objective: 'Cut churn', owner: '', due: '', notes: '' }], [], 0)
 * // → { ok: true, plan: { additions: [{ id: 'OBJ-001', objective: 'Cut churn', ... }], updates: [], ... } }
 */
export function planObjectivesSave(
  edits: readonly ObjectiveEdit[],
  rows: readonly ObjectiveRow[],
  highestIssued: number,
): ObjectivesPlanResult {
  const problems: string[] = [];
  const rowsById = new Map<string, ObjectiveRow[]>();
  for (const row of rows) {
    if (!row.id) continue;
    rowsById.set(row.id, [...(rowsById.get(row.id) ?? []), row]);
  }
  let newCount = 0;
  const labelled = edits.map((edit) => {
    if (edit.id === '') {
      newCount += 1;
      return { edit, label: `New objective ${newCount}`, id: '' };
    }
    const id = canonicalId(edit.id, OBJECTIVE_ID_SCHEME);
    return { edit, label: id ?? `"${edit.id}"`, id: id ?? edit.id };
  });

  const seenIds = new Set<string>();
  const targets = new Map<string, ObjectiveRow>();
  for (const { edit, label, id } of labelled) {
    if (id !== '') {
      const sheetRows = rowsById.get(id) ?? [];
      if (canonicalId(edit.id, OBJECTIVE_ID_SCHEME) === null) {
        problems.push(
          `${label} is not an objective ID — leave the ID blank to add a new objective, or use an ID from the Objectives sheet such as OBJ-001.`,
        );
      } else if (seenIds.has(id)) {
        problems.push(`${label} is in the list twice — send each objective once.`);
      } else if (sheetRows.length === 0) {
        problems.push(
          `${label} is not on the Objectives sheet (it may have been deleted) — reopen Objectives to see the current list, or leave the ID blank to add it as a new objective.`,
        );
      } else if (sheetRows.length > 1) {
        problems.push(
          `${label} is on rows ${sheetRows.map((row) => row.row).join(' and ')} of the Objectives sheet — give one of them another ID on the sheet, then save again.`,
        );
      } else {
        targets.set(id, sheetRows[0] as ObjectiveRow);
      }
      seenIds.add(id);
    }
    problems.push(...fieldProblems(label, edit));
  }
  problems.push(...duplicateTextProblems(labelled, rows));
  if (problems.length) return { ok: false, problems };

  const existingIds = rows.map((row) => row.id);
  const newIds = nextObjectiveIds(existingIds, newCount, highestIssued);
  const updates: ObjectivesPlan['updates'] = [];
  const updated: string[] = [];
  const editsById = new Map<string, ObjectiveEdit>();
  const additions: ObjectivesPlan['additions'] = [];
  for (const { edit, id } of labelled) {
    if (id === '') {
      additions.push({ ...edit, id: newIds[additions.length] ?? '' });
      continue;
    }
    editsById.set(id, edit);
    const row = targets.get(id) as ObjectiveRow;
    const cells = changedCells(row, edit);
    if (Object.keys(cells).length) {
      updates.push({ row: row.row, cells });
      updated.push(id);
    }
  }
  const objectives: Objective[] = rows
    .filter((row) => row.id || row.objective)
    .map((row) => {
      const edit = row.id ? editsById.get(row.id) : undefined;
      const { objective, owner, due, notes } = edit ?? row;
      return { ...(row.id ? { id: row.id } : {}), objective, owner, due, notes };
    });
  objectives.push(...additions);
  return { ok: true, plan: { updates, additions, updated, objectives } };
}

/**
 * Whether text is a `yyyy-mm-dd` day that exists on the calendar.
 *
 * @example isIsoDay('2025-02-29') // → false
 */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function fieldProblems(label: string, edit: ObjectiveEdit): string[] {
  const problems: string[] = [];
  if (edit.objective === '') {
    problems.push(
      `${label}: the objective is blank — describe it, e.g. "Grow recurring revenue 20% this year".`,
    );
  } else if (edit.objective.length > TEXT_LIMITS.definition) {
    problems.push(
      `${label}: the objective is ${edit.objective.length} characters long — shorten it to at most ${TEXT_LIMITS.definition}.`,
    );
  }
  if (
    edit.owner !== '' &&
    !(edit.owner.length <= TEXT_LIMITS.email && EMAIL_PATTERN.test(edit.owner))
  ) {
    problems.push(
      `${label}: owner "${edit.owner}" is not an email address — enter the owner's email, e.g. ana@example.com, or leave it blank.`,
    );
  }
  if (edit.due !== '' && !isIsoDay(edit.due)) {
    problems.push(
      `${label}: due date "${edit.due}" is not a date — enter it as yyyy-mm-dd, e.g. 2026-12-31, or leave it blank.`,
    );
  }
  if (edit.notes.length > TEXT_LIMITS.definition) {
    problems.push(
      `${label}: the notes are ${edit.notes.length} characters long — shorten them to at most ${TEXT_LIMITS.definition}.`,
    );
  }
  return problems;
}

/** Texts that would appear twice on the sheet after the save, named by the later one. */
function duplicateTextProblems(
  labelled: ReadonlyArray<{ edit: ObjectiveEdit; label: string; id: string }>,
  rows: readonly ObjectiveRow[],
): string[] {
  const editedIds = new Set(labelled.map((item) => item.id).filter((id) => id !== ''));
  // Objectives the save leaves as they are keep their text; they come first, as they were first.
  const owners = new Map<string, string>();
  for (const row of rows) {
    if (row.id && editedIds.has(row.id)) continue;
    const key = roleKey(row.objective);
    if (key && !owners.has(key)) owners.set(key, row.id || `row ${row.row}`);
  }
  const problems: string[] = [];
  for (const { edit, label } of labelled) {
    const key = roleKey(edit.objective);
    if (!key) continue;
    const first = owners.get(key);
    if (first === undefined) {
      owners.set(key, label);
      continue;
    }
    problems.push(
      `${label}: "${edit.objective}" is already the text of ${first} — give each objective its own wording.`,
    );
  }
  return problems;
}

function changedCells(
  row: ObjectiveRow,
  edit: ObjectiveEdit,
): Partial<Record<ObjectivesHeader, string>> {
  const cells: Partial<Record<ObjectivesHeader, string>> = {};
  if (edit.objective !== row.objective) cells.Objective = toCellText(edit.objective);
  if (edit.owner !== row.owner) cells.Owner = toCellText(edit.owner);
  // An ISO day typed into Sheets becomes a date in the spreadsheet's own time zone.
  if (edit.due !== row.due) cells.Due = edit.due;
  if (edit.notes !== row.notes) cells.Notes = toCellText(edit.notes);
  return cells;
}
