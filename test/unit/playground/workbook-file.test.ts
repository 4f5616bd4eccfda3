import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadWorkbookFile, saveWorkbookFile } from '../../../playground/server/workbook-file';

const NOW = new Date('2026-03-05T14:07:09.123Z');
let folder: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-workbook-file-'));
});

afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the playground workbook file', () => {
  it('reports a missing file so the playground starts a new workbook', () => {
    expect(loadWorkbookFile(path.join(folder, 'none.json'), NOW)).toEqual({ kind: 'missing' });
  });

  it('gives back what was saved, creating the folder on first save', () => {
    const file = path.join(folder, 'nested', 'workbook.json');
    saveWorkbookFile(file, { emulator: { version: 1, spreadsheets: [] } }, NOW);
    expect(loadWorkbookFile(file, NOW)).toEqual({
      kind: 'loaded',
      contents: { emulator: { version: 1, spreadsheets: [] } },
    });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['workbook.json']);
  });

  it('moves a file that is not JSON aside, untouched, and says why', () => {
    const file = path.join(folder, 'workbook.json');
    fs.writeFileSync(file, '{"emulator": ');
    const result = loadWorkbookFile(file, NOW);
    expect(result).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining('not valid JSON'),
    });
    const movedTo = result.kind === 'corrupt' ? result.movedTo : '';
    expect(movedTo).toBe(`${file}.corrupt-2026-03-05T14-07-09Z`);
    expect(fs.readFileSync(movedTo, 'utf8')).toBe('{"emulator": ');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('treats JSON that is not a playground workbook as corrupt and never overwrites an earlier copy', () => {
    const file = path.join(folder, 'workbook.json');
    fs.writeFileSync(file, '{"some": "other file"}');
    const first = loadWorkbookFile(file, NOW);
    fs.writeFileSync(file, '[]');
    const second = loadWorkbookFile(file, NOW);
    expect(first).toMatchObject({
      kind: 'corrupt',
      reason: 'it does not hold a playground workbook',
    });
    expect(second.kind === 'corrupt' && second.movedTo).toBe(
      `${file}.corrupt-2026-03-05T14-07-09Z-2`,
    );
    expect(fs.readFileSync(`${file}.corrupt-2026-03-05T14-07-09Z`, 'utf8')).toBe(
      '{"some": "other file"}',
    );
  });

  it('refuses a workbook saved by another format version', () => {
    const file = path.join(folder, 'workbook.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ format: 'kpi-framework-builder-playground', version: 99, emulator: {} }),
    );
    expect(loadWorkbookFile(file, NOW)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining('another version of the playground'),
    });
  });
});
