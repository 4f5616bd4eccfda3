/**
 * Reading an imported role file (or pasted JSON) into a template, with every problem named the
 * way the wizard names things, and a notice when a file from an earlier version was converted.
 */
import { MAX_ROLE_FILE_BYTES, ROLE_FILE_TOO_LARGE } from './role-file-format';
import { parseRoleTemplateFile } from './role-template-file';
import type { RoleTemplate } from './types';

/** A file read: its template and what reading it changed, or what to fix. */
export type RoleFileResult =
  | {
      ok: true;
      template: RoleTemplate;
      /** What reading the file changed, to tell the person; '' when nothing did. */
      notice: string;
    }
  | { ok: false; errors: string[] };

/**
 * Reads an imported file's text (or pasted JSON) into a template, or the problems with it, named
 * as the wizard names things. A file from an earlier version has its whole percents converted,
 * and the notice says so.
 *
 * @example readRoleFile('{"format":"kpi-framework-builder/role-template","version":2,"template":{...}}')
 */
export function readRoleFile(text: string): RoleFileResult {
  if (text.length > MAX_ROLE_FILE_BYTES) {
    return { ok: false, errors: [ROLE_FILE_TOO_LARGE] };
  }
  const parsed = parseRoleTemplateFile(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(readableFileProblem) };
  const converted = parsed.value.convertedPercentKpis;
  return {
    ok: true,
    template: parsed.value.template,
    notice: converted.length ? wholePercentNotice(converted) : '',
  };
}

/** Said when an earlier version's file had its percent KPIs converted. */
function wholePercentNotice(names: readonly string[]): string {
  const count = names.length;
  return (
    `The file comes from an earlier version, which kept percents as whole numbers (95 for 95%). ` +
    `${count === 1 ? 'Its percent KPI' : `Its ${count} percent KPIs`} (${names.join(', ')}) ` +
    `${count === 1 ? 'was' : 'were'} read as percents: check ${count === 1 ? 'its' : 'their'} ` +
    'threshold, target and stretch before saving.'
  );
}

/** Field names of the file as the wizard labels them. */
const FIELD_LABELS: Record<string, string> = {
  role: 'Role name',
  jobSummary: 'Job summary',
  reviewCadence: 'Review cadence',
  owner: 'Owner email',
  objectiveId: 'Objective',
  dataSource: 'Data source',
  libraryRoleId: 'Library role',
  name: 'KPI name',
  definition: 'Definition',
  due: 'Due date',
};

function fieldLabel(key: string): string {
  const label = FIELD_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return capitalise(label);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A file problem as the wizard names things: `template.kpis[2].target: …` becomes
 * `KPI 3, Target: …`, so HR can find the place without reading JSON paths.
 *
 * @example readableFileProblem('template.kpis[0].target: enter a number') // 'KPI 1, Target: enter a number'
 */
export function readableFileProblem(problem: string): string {
  const match = /^template\.([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?: (.*)$/s.exec(problem);
  if (!match) {
    const top = /^([A-Za-z]+): (.*)$/s.exec(problem);
    if (!top) return problem;
    const [, key = '', message = ''] = top;
    // Top-level keys are the file's envelope, not wizard fields: name them as they appear in it.
    return key === 'file' ? capitalise(message) : `The "${key}" field: ${message}`;
  }
  const [, list = '', index, field, message = ''] = match;
  const item = list === 'kpis' ? 'KPI' : list === 'objectives' ? 'Objective' : fieldLabel(list);
  const where = [
    index === undefined ? item : `${item} ${Number(index) + 1}`,
    field ? fieldLabel(field) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${message}`;
}
