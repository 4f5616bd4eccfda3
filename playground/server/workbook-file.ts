/**
 * The workbook file: the emulator's saved state plus what the playground shows around it. Writes
 * are atomic (a temporary file renamed into place) so a crash never leaves half a workbook, and a
 * file that cannot be read is moved aside, never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';

const FORMAT = 'kpi-framework-builder-playground';
const VERSION = 1;

export interface WorkbookFileContents {
  /** The emulator's state, as `emu.toJSON()` returns it. */
  emulator: unknown;
}

export type LoadResult =
  | { kind: 'missing' }
  | { kind: 'loaded'; contents: WorkbookFileContents }
  | { kind: 'corrupt'; movedTo: string; reason: string };

/** `2026-03-05T14-07-09Z`: sortable and safe in file names on every system. */
function fileTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Reads the workbook file. A file that is not a playground workbook is renamed to
 * `<file>.corrupt-<timestamp>` and reported, so the caller can start fresh without losing it.
 * @example loadWorkbookFile('.playground/workbook.json', new Date()).kind // 'missing' on a first run
 */
export function loadWorkbookFile(file: string, now: Date): LoadResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new Error(
      `Cannot read the workbook file ${file}: ${(error as Error).message}. Check its permissions or pick another file with --workbook.`,
      { cause: error },
    );
  }
  const reason = problemWith(text);
  if (reason === undefined) {
    const parsed = JSON.parse(text) as { emulator: unknown };
    return { kind: 'loaded', contents: { emulator: parsed.emulator } };
  }
  return { kind: 'corrupt', movedTo: moveAside(file, now), reason };
}

/** Moves an unreadable workbook file aside and returns its new path. */
export function moveAside(file: string, now: Date): string {
  let target = `${file}.corrupt-${fileTimestamp(now)}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.corrupt-${fileTimestamp(now)}-${n}`;
  fs.renameSync(file, target);
  return target;
}

function problemWith(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `it is not valid JSON (${(error as Error).message})`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'it does not hold a playground workbook';
  const record = parsed as Record<string, unknown>;
  if (record.format !== FORMAT) return 'it does not hold a playground workbook';
  if (record.version !== VERSION)
    return `it was saved by another version of the playground (format version ${String(record.version)})`;
  if (typeof record.emulator !== 'object' || record.emulator === null)
    return 'the saved spreadsheet state is missing';
  return undefined;
}

/** Saves the workbook atomically, creating the folder on first use. */
export function saveWorkbookFile(file: string, contents: WorkbookFileContents, now: Date): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.saving-${process.pid}`;
  const body = { format: FORMAT, version: VERSION, savedAt: now.toISOString(), ...contents };
  fs.writeFileSync(temporary, JSON.stringify(body));
  fs.renameSync(temporary, file);
}
