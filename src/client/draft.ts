/**
 * The wizard's working copy of a role, and the pure steps that change it.
 *
 * The draft differs from a `RoleTemplate` in two ways the form needs: numbers are kept as the text
 * the person typed (so "1." or "-" mid-typing is not lost), and suggested KPIs and known objectives
 * stay in the draft with an "included"/"chosen" flag (so unticking a suggestion is reversible).
 * `templateFromDraft` turns it into the exact payload `saveRole` takes.
 *
 * Decisions:
 * - A percent KPI's threshold, target and stretch are typed and shown as percents ("95%"; a plain
 *   95 means the same) and become fractions (0.95) in the template, as Sheets stores percents.
 *   The text is read by the KPI's unit when the template is made, so typing the unit after the
 *   numbers works too; changing the unit only adds or drops the "%" the numbers show.
 */
import type {
  Aggregation,
  Direction,
  KpiDefinition,
  LibraryRole,
  MeasurementFrequency,
  Objective,
  ReviewCadence,
  RoleTemplate,
} from '../core/types';
import { DEFAULT_CATEGORIES, DEVELOPMENT_CATEGORY } from '../core/types';
import { DEFAULT_AGGREGATION } from '../core/vocabulary';
import { fractionFromPercent, isPercentUnit, percentFromFraction } from '../core/percent-scale';
import { roleKey } from '../core/register-record';
import type { KpiField } from '../core/smart-check';
import { normaliseWeights } from '../core/weights';
import { isMoneyKpi, LIBRARY_CURRENCY, roleCurrency } from './currency';
import type { SidebarContext } from './server-api';

export {
  AGGREGATIONS,
  DIRECTIONS,
  MEASUREMENT_FREQUENCIES as FREQUENCIES,
  REVIEW_CADENCES as CADENCES,
} from '../core/vocabulary';

/** One KPI row of the wizard. Numbers are the typed text. */
export interface KpiDraft {
  /** Identifies the row in the form (stable while the row exists). */
  key: string;
  /** Where the KPI came from: a library suggestion, typed in, or read back from the register. */
  origin: 'library' | 'custom' | 'register';
  /** Whether the KPI is part of the role (suggestions can be unticked). */
  included: boolean;
  id?: string;
  name: string;
  definition: string;
  unit: string;
  direction: Direction;
  threshold: string;
  target: string;
  stretch: string;
  weight: string;
  frequency: MeasurementFrequency;
  aggregation: Aggregation;
  dataSource: string;
  category: string;
  /** An objective's ID, or the key of a new objective of this draft, or ''. */
  objectiveId: string;
  /** Blank means "the role's owner". */
  owner: string;
  reviewCadence: ReviewCadence;
  /**
   * The fields the person has touched on a KPI they started blank, so its SMART check speaks up
   * field by field; absent for a KPI that came filled in (library, register, file), whose
   * findings all show at once.
   */
  touched?: readonly KpiField[];
}

/** One objective the role may support: from the Objectives sheet, or new in this draft. */
export interface ObjectiveDraft {
  key: string;
  /** Present for objectives already on the Objectives sheet. */
  id?: string;
  chosen: boolean;
  objective: string;
  owner: string;
  due: string;
  notes: string;
}

export interface Draft {
  mode: 'create' | 'update';
  /** The role's name in the register when editing (renaming is not an update). */
  originalRole: string;
  role: string;
  family: string;
  libraryRoleId: string;
  jobSummary: string;
  objectives: ObjectiveDraft[];
  kpis: KpiDraft[];
  reviewCadence: ReviewCadence;
  owner: string;
  reminders: boolean;
  periods: string[];
  /** The currency code the role's money KPIs are measured in, e.g. `USD`. */
  currency: string;
}

/** Prefix of the placeholder ID a new objective carries until the server gives it `OBJ-nnn`. */
export const NEW_OBJECTIVE_PREFIX = 'NEW-';

let lastKey = 0;
function newKey(prefix: string): string {
  lastKey += 1;
  return `${prefix}${lastKey}`;
}

/** A number as the form shows it: '' for "not set". */
export function numberText(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/**
 * A typed number, or `null` when blank or not a number. Accepts a trailing `%` and thousands
 * separators, since people paste those from spreadsheets.
 *
 * @example parseNumberText(' 1,250.5 ') // 1250.5
 */
export function parseNumberText(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * A KPI's threshold, target or stretch as the form shows it: a percent KPI's fraction as a
 * percent with its sign, anything else as the plain number.
 *
 * @example measureText(0.95, '%') // '95%'
 */
export function measureText(value: number | null | undefined, unit: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return isPercentUnit(unit) ? `${percentFromFraction(value)}%` : String(value);
}

/**
 * The number a typed threshold, target or stretch stands for: for a percent KPI the percent typed
 * ("95" or "95%") as the fraction Sheets stores; `null` when blank or not a number.
 *
 * @example parseMeasureText('95%', '%') // 0.95
 */
export function parseMeasureText(text: string, unit: string): number | null {
  const value = parseNumberText(text);
  if (value === null) return null;
  return isPercentUnit(unit) ? fractionFromPercent(value) : value;
}

/**
 * A typed threshold, target or stretch tidied for its unit once the person leaves the field: a
 * percent KPI's number gets its "%" (95 → "95%"), any other loses one. Text that is not a number
 * is left as typed, for the SMART check to point out.
 *
 * @example tidyMeasureText('95', '%') // '95%'
 */
export function tidyMeasureText(text: string, unit: string): string {
  const trimmed = text.trim();
  if (parseNumberText(trimmed) === null) return text;
  const bare = trimmed.replace(/\s*%$/, '');
  return isPercentUnit(unit) ? `${bare}%` : bare;
}

/**
 * The KPI with a new unit; its numbers keep what they say and only gain or lose the "%" they show.
 *
 * @example withUnit(kpi, '%').target // '95%' when the target was typed as '95'
 */
export function withUnit(kpi: KpiDraft, unit: string): KpiDraft {
  const tidy = (text: string) =>
    isPercentUnit(unit) === isPercentUnit(kpi.unit) ? text : tidyMeasureText(text, unit);
  return {
    ...kpi,
    unit,
    threshold: tidy(kpi.threshold),
    target: tidy(kpi.target),
    stretch: tidy(kpi.stretch),
  };
}

function objectiveDrafts(
  objectives: readonly Objective[],
  chosenIds: ReadonlySet<string>,
): ObjectiveDraft[] {
  return objectives.map((objective, index) => ({
    key: objective.id ?? `sheet-objective-${index}`,
    ...(objective.id ? { id: objective.id } : {}),
    chosen: objective.id ? chosenIds.has(objective.id) : false,
    objective: objective.objective,
    owner: objective.owner,
    due: objective.due,
    notes: objective.notes,
  }));
}

/** A draft with nothing chosen yet, using the spreadsheet's settings as defaults. */
export function blankDraft(context: SidebarContext): Draft {
  return {
    mode: 'create',
    originalRole: '',
    role: '',
    family: '',
    libraryRoleId: '',
    jobSummary: '',
    objectives: objectiveDrafts(context.objectives, new Set()),
    kpis: [],
    reviewCadence: context.settings.defaultReviewCadence,
    owner: context.userEmail,
    reminders: true,
    periods: [...context.settings.periods],
    currency: LIBRARY_CURRENCY,
  };
}

function kpiDraft(
  kpi: KpiDefinition | Omit<KpiDefinition, 'owner' | 'objectiveId'>,
  origin: KpiDraft['origin'],
): KpiDraft {
  const full = kpi as Partial<KpiDefinition> & Omit<KpiDefinition, 'owner' | 'objectiveId'>;
  return {
    key: newKey('kpi-'),
    origin,
    included: true,
    ...(full.id ? { id: full.id } : {}),
    name: full.name,
    definition: full.definition,
    unit: full.unit,
    direction: full.direction,
    threshold: measureText(full.threshold, full.unit),
    target: measureText(full.target, full.unit),
    stretch: measureText(full.stretch, full.unit),
    weight: numberText(full.weight),
    frequency: full.frequency,
    aggregation: full.aggregation,
    dataSource: full.dataSource,
    category: full.category,
    objectiveId: full.objectiveId ?? '',
    owner: full.owner ?? '',
    reviewCadence: full.reviewCadence,
  };
}

/**
 * Starts the draft from a library role: its name, summary and KPIs as ticked suggestions. KPIs the
 * person typed in themselves are kept.
 *
 * @example applyLibraryRole(blankDraft(context), ROLE_LIBRARY[0].roles[0])
 */
export function applyLibraryRole(draft: Draft, role: LibraryRole): Draft {
  // The library's money is in its own currency; the role's money KPIs use the one HR picked.
  const inRoleCurrency = (kpi: KpiDraft): KpiDraft =>
    isMoneyKpi(kpi, LIBRARY_CURRENCY) ? { ...kpi, unit: draft.currency } : kpi;
  return {
    ...draft,
    role: role.name,
    family: role.family,
    libraryRoleId: role.id,
    jobSummary: role.summary,
    kpis: [
      ...role.kpis.map((kpi) => inRoleCurrency(kpiDraft(kpi, 'library'))),
      ...draft.kpis.filter((kpi) => kpi.origin === 'custom'),
    ],
  };
}

/**
 * The draft with its money KPIs — those measured in its currency — measured in another.
 *
 * @example withCurrency(draft, 'EUR').kpis.find((kpi) => kpi.name === 'Average deal size')?.unit // 'EUR'
 */
export function withCurrency(draft: Draft, currency: string): Draft {
  return {
    ...draft,
    currency,
    kpis: draft.kpis.map((kpi) =>
      isMoneyKpi(kpi, draft.currency) ? { ...kpi, unit: currency } : kpi,
    ),
  };
}

/** Clears the library choice: the role starts blank (custom KPIs are kept). */
export function clearLibraryRole(draft: Draft): Draft {
  return {
    ...draft,
    family: '',
    libraryRoleId: '',
    kpis: draft.kpis.filter((kpi) => kpi.origin === 'custom'),
  };
}

/**
 * A draft holding a saved or imported template. `update` keeps the register's KPI IDs so saving
 * edits those rows; `create` (an import) drops them so the role gets fresh ones.
 */
export function draftFromTemplate(
  context: SidebarContext,
  template: RoleTemplate,
  mode: 'create' | 'update',
): Draft {
  const known = new Set(context.objectives.map((objective) => objective.id).filter(isText));
  const linked = new Set(template.objectives.map((objective) => objective.id).filter(isText));
  const fromSheet = objectiveDrafts(context.objectives, linked);
  // Objectives of the template that this spreadsheet does not have become new ones, and the
  // KPIs that pointed at them follow them through the placeholder key.
  const renamed = new Map<string, string>();
  const added: ObjectiveDraft[] = template.objectives
    .filter((objective) => !objective.id || !known.has(objective.id))
    .map((objective) => {
      const key = newKey(NEW_OBJECTIVE_PREFIX);
      if (objective.id) renamed.set(objective.id, key);
      return {
        key,
        chosen: true,
        objective: objective.objective,
        owner: objective.owner,
        due: objective.due,
        notes: objective.notes,
      };
    });
  return {
    mode,
    originalRole: mode === 'update' ? template.role : '',
    role: template.role,
    family: template.family,
    libraryRoleId: template.libraryRoleId,
    jobSummary: template.jobSummary,
    objectives: [...fromSheet, ...added],
    kpis: template.kpis.map((kpi) => {
      const row = kpiDraft(kpi, mode === 'update' ? 'register' : 'custom');
      if (mode === 'create') delete row.id;
      row.objectiveId = renamed.get(kpi.objectiveId) ?? kpi.objectiveId;
      if (row.owner === template.owner) row.owner = '';
      return row;
    }),
    reviewCadence: template.reviewCadence,
    owner: template.owner,
    reminders: template.reminders,
    periods: [...template.periods],
    currency: roleCurrency(template.kpis),
  };
}

function isText(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

/** A new, empty custom KPI with the role's defaults. */
export function blankKpi(draft: Draft, categories: readonly string[]): KpiDraft {
  const chosen = draft.objectives.filter((objective) => objective.chosen);
  return {
    key: newKey('kpi-'),
    origin: 'custom',
    included: true,
    name: '',
    definition: '',
    unit: '',
    direction: 'higher',
    threshold: '',
    target: '',
    stretch: '',
    weight: '',
    frequency: 'Monthly',
    aggregation: DEFAULT_AGGREGATION,
    dataSource: '',
    category: categories[0] ?? DEFAULT_CATEGORIES[0],
    objectiveId: chosen.length === 1 && chosen[0] ? objectiveRef(chosen[0]) : '',
    owner: '',
    reviewCadence: draft.reviewCadence,
    touched: [],
  };
}

/** The draft fields of a KPI that are KPI fields the SMART check judges. */
const CHECKED_FIELDS: ReadonlySet<string> = new Set<KpiField>([
  'name',
  'definition',
  'unit',
  'direction',
  'threshold',
  'target',
  'stretch',
  'weight',
  'frequency',
  'aggregation',
  'dataSource',
  'category',
  'objectiveId',
  'owner',
  'reviewCadence',
]);

/**
 * The KPI with these fields marked touched, when it tracks touched fields (a KPI started blank).
 *
 * @example touchFields(blankKpi(draft, categories), ['name']).touched // ['name']
 */
export function touchFields(kpi: KpiDraft, fields: readonly string[]): KpiDraft {
  if (!kpi.touched) return kpi;
  const added = fields.filter(
    (field): field is KpiField =>
      CHECKED_FIELDS.has(field) && !kpi.touched?.includes(field as KpiField),
  );
  return added.length ? { ...kpi, touched: [...kpi.touched, ...added] } : kpi;
}

/**
 * The KPI with a change applied; the fields whose value changed count as touched.
 *
 * @example patchKpi(kpi, { name: 'Win rate' }).touched // ['name'] for a KPI started blank
 */
export function patchKpi(kpi: KpiDraft, change: Partial<KpiDraft>): KpiDraft {
  const changed = (Object.keys(change) as Array<keyof KpiDraft>).filter(
    (field) => change[field] !== kpi[field],
  );
  return touchFields({ ...kpi, ...change }, changed);
}

/** A new objective typed into the wizard (chosen, with a placeholder ID). */
export function blankObjective(owner: string): ObjectiveDraft {
  return {
    key: newKey(NEW_OBJECTIVE_PREFIX),
    chosen: true,
    objective: '',
    owner,
    due: '',
    notes: '',
  };
}

/** What a KPI's objective link points at: the sheet ID, or the new objective's placeholder. */
export function objectiveRef(objective: ObjectiveDraft): string {
  return objective.id ?? objective.key;
}

/** The KPIs that are part of the role, in order. */
export function includedKpis(draft: Draft): KpiDraft[] {
  return draft.kpis.filter((kpi) => kpi.included);
}

/**
 * The `saveRole` payload for the draft, plus which draft KPI each template KPI came from (SMART
 * findings name KPIs by their index in the template).
 *
 * Blank KPI owners take the role's owner; links to objectives that are not chosen are dropped.
 */
export function templateFromDraft(draft: Draft): { template: RoleTemplate; kpiKeys: string[] } {
  const chosen = draft.objectives.filter((objective) => objective.chosen);
  const chosenRefs = new Set(chosen.map(objectiveRef));
  const kpis = includedKpis(draft);
  const template: RoleTemplate = {
    role: draft.role.trim(),
    family: draft.family,
    libraryRoleId: draft.libraryRoleId,
    jobSummary: draft.jobSummary.trim(),
    objectives: chosen.map((objective) => ({
      id: objectiveRef(objective),
      objective: objective.objective.trim(),
      owner: objective.owner.trim(),
      due: objective.due,
      notes: objective.notes.trim(),
    })),
    kpis: kpis.map((kpi) => {
      const definition: KpiDefinition = {
        name: kpi.name.trim(),
        definition: kpi.definition.trim(),
        unit: kpi.unit.trim(),
        direction: kpi.direction,
        threshold: parseMeasureText(kpi.threshold, kpi.unit),
        // NaN marks a missing target for the SMART check; creation stays blocked until it is fixed.
        target: parseMeasureText(kpi.target, kpi.unit) ?? Number.NaN,
        stretch: parseMeasureText(kpi.stretch, kpi.unit),
        weight: parseNumberText(kpi.weight) ?? 0,
        frequency: kpi.frequency,
        aggregation: kpi.aggregation,
        dataSource: kpi.dataSource.trim(),
        category: kpi.category,
        objectiveId: chosenRefs.has(kpi.objectiveId) ? kpi.objectiveId : '',
        owner: (kpi.owner.trim() || draft.owner).trim(),
        reviewCadence: kpi.reviewCadence,
      };
      if (kpi.id) definition.id = kpi.id;
      return definition;
    }),
    reviewCadence: draft.reviewCadence,
    owner: draft.owner.trim(),
    reminders: draft.reminders,
    periods: [...draft.periods],
  };
  return { template, kpiKeys: kpis.map((kpi) => kpi.key) };
}

/**
 * Rescales the included KPIs' weights to sum to exactly 100 (proportions kept; all-blank weights are
 * split evenly).
 *
 * @example normaliseDraftWeights(draft).kpis.map((kpi) => kpi.weight) // ['25', '25', '50']
 */
export function normaliseDraftWeights(draft: Draft): Draft {
  const included = includedKpis(draft);
  const normalised = normaliseWeights(included.map((kpi) => parseNumberText(kpi.weight) ?? 0));
  const byKey = new Map(included.map((kpi, index) => [kpi.key, normalised[index] ?? 0]));
  return {
    ...draft,
    kpis: draft.kpis.map((kpi) =>
      byKey.has(kpi.key) ? { ...kpi, weight: numberText(byKey.get(kpi.key)) } : kpi,
    ),
  };
}

/** Whether the role has a KPI in the Development category. */
export function hasDevelopmentKpi(draft: Draft): boolean {
  return includedKpis(draft).some((kpi) => kpi.category === DEVELOPMENT_CATEGORY);
}

/**
 * The register's role that a new role with this name would clash with: the server refuses to
 * create a role whose name (ignoring case and spacing) has live KPIs in the register. A role whose
 * KPIs are all retired may be created again.
 *
 * @example existingRoleNamed([{ name: 'Account Executive', kpiCount: 8 }], ' account  executive') // { name: 'Account Executive', kpiCount: 8 }
 */
export function existingRoleNamed(
  roles: ReadonlyArray<{ name: string; kpiCount: number }>,
  name: string,
): { name: string; kpiCount: number } | undefined {
  const key = roleKey(name);
  if (key === '') return undefined;
  return roles.find((role) => role.kpiCount > 0 && roleKey(role.name) === key);
}
