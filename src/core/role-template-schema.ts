/**
 * Schemas for role templates as they cross a trust boundary: the sidebar's `saveRole` request, and
 * the template inside an imported file (the file itself is `role-template-file.ts`). Parsing checks
 * shape and size only; whether a template is SMART is the job of `smart-check.ts`.
 *
 * Decisions:
 * - Unknown fields are stripped, not rejected, so a file exported by a newer version still imports.
 *   The parsed value is always a fresh object built from known keys only, so keys such as
 *   `__proto__` or `constructor` in the input are ignored and can never reach a prototype.
 * - Numbers must be finite (no NaN, no Infinity); threshold and stretch may be `null` (use the
 *   default for the direction) and a blank string is read as `null`.
 * - Text fields are trimmed and capped in length so a payload can never flood a sheet.
 * - A few fields have obvious defaults when missing (family, library role ID, reminders, periods,
 *   a KPI's objective link and owner, and its aggregation, `Last` — templates made before
 *   aggregations existed have none); everything else is required.
 * - A percent KPI's numbers are fractions (0.95 for 95%); the schema checks they are numbers, and
 *   the SMART check refuses whole percents.
 */
import {
  AGGREGATIONS,
  DEFAULT_AGGREGATION,
  DIRECTIONS,
  MEASUREMENT_FREQUENCIES,
  REVIEW_CADENCES,
} from './vocabulary';
import {
  array,
  boolean,
  finite,
  isoDate,
  literal,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nonEmpty,
  null as nullValue,
  number,
  object,
  optional,
  picklist,
  pipe,
  safeParse,
  string,
  transform,
  trim,
  union,
  type GenericIssue,
  type InferOutput,
} from 'valibot';
import type { KpiDefinition, Objective, RoleTemplate } from './types';
import { TEXT_LIMITS } from './text-limits';

/** The outcome of parsing untrusted input: the clean value, or readable messages naming each path. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Re-exported for the modules that validate with the schema. */
export { TEXT_LIMITS };

/** Upper bounds on list sizes: generous for real roles, small enough to refuse a flood. */
export const LIST_LIMITS = { kpis: 50, objectives: 50, periods: 24 } as const;

/** The periods a new scorecard gets when the request names none. */
export const DEFAULT_PERIODS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/**
 * What each field expects, phrased as the fix. Used for type errors and for missing fields, so a
 * message always names the path and says what to enter.
 */
const FIELD_HINTS: Record<string, string> = {
  role: 'enter the role name, e.g. "Account Executive"',
  family: 'enter the library family, or leave it blank',
  libraryRoleId: 'enter the library role ID, or leave it blank',
  jobSummary: 'enter a short job summary (it may be blank)',
  objectives: 'give a list of objectives (it may be empty)',
  kpis: 'give a list of KPIs',
  reviewCadence: 'choose Monthly, Quarterly, Biannual or Annual',
  owner: "enter the owner's email address, e.g. ana@example.com",
  reminders: 'enter true or false',
  periods: 'give a list of period labels, e.g. ["Q1", "Q2", "Q3", "Q4"]',
  id: 'enter the ID as text, or leave it out',
  name: 'enter the KPI name, e.g. "Quota attainment"',
  definition: 'describe how the KPI is measured',
  unit: 'enter the unit of the actual value, e.g. %, days or count',
  direction: 'choose higher, lower or range',
  threshold: 'enter a number (the value that scores 0) or leave it blank for the default',
  target: 'enter a number (the value that scores 100%)',
  stretch: 'enter a number (the value that scores the cap) or leave it blank',
  weight: 'enter a number from 0 to 100 (the share of the role score, in %)',
  frequency: 'choose Weekly, Monthly, Quarterly, Biannual or Annual',
  aggregation: 'choose Sum, Average or Last (how a value to date builds up), or leave it out',
  dataSource: 'say where the actual value comes from, e.g. "CRM"',
  category: 'enter a category, e.g. Results or Development',
  objectiveId: 'enter the ID of the objective the KPI supports, e.g. OBJ-001',
  objective: 'describe the objective',
  due: 'enter a date as yyyy-mm-dd, or leave it blank',
  notes: 'enter notes as text (they may be blank)',
  template: 'include the role template',
  mode: 'say "create" for a new role or "update" to change an existing one',
};

function hint(field: string): string {
  return FIELD_HINTS[field] ?? 'check this value';
}

function text(field: string, limit: number) {
  return pipe(
    string(hint(field)),
    trim(),
    maxLength(limit, `shorten it to at most ${limit} characters`),
  );
}

function requiredText(field: string, limit: number) {
  return pipe(text(field, limit), nonEmpty(hint(field)));
}

function finiteNumber(field: string) {
  return pipe(number(hint(field)), finite(hint(field)));
}

/** A blank cell or input arrives as '' — read it as "no value", the default for the direction. */
function optionalBound(field: string) {
  return union(
    [
      nullValue(),
      finiteNumber(field),
      pipe(
        literal(''),
        transform(() => null),
      ),
    ],
    hint(field),
  );
}

const reviewCadence = picklist(REVIEW_CADENCES, hint('reviewCadence'));

/** One KPI of a role template. */
export const KpiDefinitionSchema = object(
  {
    id: optional(text('id', TEXT_LIMITS.id)),
    name: requiredText('name', TEXT_LIMITS.name),
    definition: requiredText('definition', TEXT_LIMITS.definition),
    unit: requiredText('unit', TEXT_LIMITS.shortText),
    direction: picklist(DIRECTIONS, hint('direction')),
    threshold: optional(optionalBound('threshold'), null),
    target: finiteNumber('target'),
    stretch: optional(optionalBound('stretch'), null),
    weight: pipe(
      finiteNumber('weight'),
      minValue(0, hint('weight')),
      maxValue(100, hint('weight')),
    ),
    frequency: picklist(MEASUREMENT_FREQUENCIES, hint('frequency')),
    aggregation: optional(picklist(AGGREGATIONS, hint('aggregation')), DEFAULT_AGGREGATION),
    dataSource: text('dataSource', TEXT_LIMITS.shortText),
    category: requiredText('category', TEXT_LIMITS.shortText),
    objectiveId: optional(text('objectiveId', TEXT_LIMITS.id), ''),
    owner: optional(text('owner', TEXT_LIMITS.email), ''),
    reviewCadence,
  },
  'enter the KPI as an object with name, definition, unit, target, ...',
);

/** A strategic objective a role's KPIs align to. */
export const ObjectiveSchema = object(
  {
    id: optional(text('id', TEXT_LIMITS.id)),
    objective: requiredText('objective', TEXT_LIMITS.definition),
    owner: optional(text('owner', TEXT_LIMITS.email), ''),
    due: optional(union([literal(''), pipe(string(), isoDate(hint('due')))], hint('due')), ''),
    notes: optional(text('notes', TEXT_LIMITS.definition), ''),
  },
  'enter the objective as an object with at least an "objective" text',
);

/** Everything the wizard produces for one role. */
export const RoleTemplateSchema = object(
  {
    role: requiredText('role', TEXT_LIMITS.role),
    family: optional(text('family', TEXT_LIMITS.shortText), ''),
    libraryRoleId: optional(text('libraryRoleId', TEXT_LIMITS.libraryRoleId), ''),
    jobSummary: text('jobSummary', TEXT_LIMITS.jobSummary),
    objectives: pipe(
      array(ObjectiveSchema, hint('objectives')),
      maxLength(LIST_LIMITS.objectives, `keep at most ${LIST_LIMITS.objectives} objectives`),
    ),
    kpis: pipe(
      array(KpiDefinitionSchema, hint('kpis')),
      maxLength(LIST_LIMITS.kpis, `keep at most ${LIST_LIMITS.kpis} KPIs (a role needs 3 to 12)`),
    ),
    reviewCadence,
    owner: text('owner', TEXT_LIMITS.email),
    reminders: optional(boolean(hint('reminders')), false),
    periods: optional(
      pipe(
        array(requiredText('periods', TEXT_LIMITS.periodLabel), hint('periods')),
        minLength(1, 'add at least one period, e.g. "Q1"'),
        maxLength(LIST_LIMITS.periods, `keep at most ${LIST_LIMITS.periods} periods`),
      ),
      () => [...DEFAULT_PERIODS],
    ),
  },
  'send the role template as an object',
);

/** The payload of the sidebar's `saveRole` call. */
export const SaveRoleRequestSchema = object(
  {
    template: RoleTemplateSchema,
    mode: picklist(['create', 'update'], hint('mode')),
  },
  'send an object with "template" and "mode"',
);

/** The `saveRole` request once validated. */
export type SaveRoleRequest = InferOutput<typeof SaveRoleRequestSchema>;

// Compile-time guard: the schemas' output must stay assignable to the shared domain types.
type Assignable<Target, Source extends Target> = Source;
type _KpiMatches = Assignable<KpiDefinition, InferOutput<typeof KpiDefinitionSchema>>;
type _ObjectiveMatches = Assignable<Objective, InferOutput<typeof ObjectiveSchema>>;
type _TemplateMatches = Assignable<RoleTemplate, InferOutput<typeof RoleTemplateSchema>>;

/**
 * Validates an untrusted role template, e.g. from the sidebar or an imported file.
 *
 * @example
 * parseRoleTemplate({ ...template, kpis: [{ ...kpi, target: 'ten' }] })
 * // { ok: false, errors: ['kpis[0].target: enter a number (the value that scores 100%)'] }
 */
export function parseRoleTemplate(input: unknown): ParseResult<RoleTemplate> {
  return toParseResult(safeParse(RoleTemplateSchema, input), 'template');
}

/**
 * Validates the sidebar's `saveRole` request before anything is written.
 *
 * @example parseSaveRoleRequest({ template, mode: 'create' }) // { ok: true, value: {...} }
 */
export function parseSaveRoleRequest(input: unknown): ParseResult<SaveRoleRequest> {
  return toParseResult(safeParse(SaveRoleRequestSchema, input), 'request');
}

type SafeParseOutcome<T> =
  { success: true; output: T } | { success: false; issues: readonly GenericIssue[] };

/** Enough messages to fix a form; a garbage payload should not produce a wall of text. */
const MAX_MESSAGES = 20;

/**
 * A valibot outcome as a `ParseResult`, each issue named by its path and phrased as the fix.
 *
 * @example toParseResult(safeParse(RoleTemplateSchema, input), 'template')
 */
export function toParseResult<T>(
  outcome: SafeParseOutcome<T>,
  rootLabel: string,
  hints: Readonly<Record<string, string>> = {},
): ParseResult<T> {
  if (outcome.success) return { ok: true, value: outcome.output };
  const messages = uniqueMessages(
    outcome.issues.map((issue) => describeIssue(issue, rootLabel, hints)),
  );
  if (messages.length <= MAX_MESSAGES) return { ok: false, errors: messages };
  const more = messages.length - MAX_MESSAGES;
  return {
    ok: false,
    errors: [
      ...messages.slice(0, MAX_MESSAGES),
      `…and ${more} more problem${more === 1 ? '' : 's'}`,
    ],
  };
}

function describeIssue(
  issue: GenericIssue,
  rootLabel: string,
  hints: Readonly<Record<string, string>>,
): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const last = keys[keys.length - 1];
  const missing = issue.type === 'object' && issue.input === undefined && keys.length > 0;
  const where = keys.length === 0 ? rootLabel : formatPath(keys);
  if (missing && typeof last === 'string')
    return `${where}: is missing — ${hints[last] ?? hint(last)}`;
  return `${where}: ${issue.message}`;
}

/** `['kpis', 2, 'target']` → `kpis[2].target`. */
function formatPath(keys: readonly unknown[]): string {
  return keys
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function uniqueMessages(messages: readonly string[]): string[] {
  return [...new Set(messages)];
}
