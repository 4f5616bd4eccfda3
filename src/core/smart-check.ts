/**
 * The SMART check: deterministic rules that keep every KPI specific, measurable, achievable,
 * relevant and time-bound, and every role balanced. Each finding names its rule, its SMART letter,
 * what is wrong and how to fix it. Errors block creating the role; warnings do not.
 *
 * The wizard runs it live on every edit and the server runs it again before writing, so it must be
 * pure, fast and tolerant of half-filled input (a blank target is a finding, never a crash).
 */
import { CADENCE_MONTHS, FREQUENCY_MONTHS } from './vocabulary';
import {
  formatMeasure,
  fractionFromPercent,
  isPercentUnit,
  wholePercentBound,
  WHOLE_PERCENT_LIMIT,
} from './percent-scale';
import { resolveScoreScale } from './scoring';
import {
  DEFAULT_CATEGORIES,
  DEVELOPMENT_CATEGORY,
  type KpiDefinition,
  type RoleTemplate,
  type Severity,
  type SmartFinding,
} from './types';
import { weightTotal, WEIGHT_TOTAL } from './weights';

type SmartLetter = SmartFinding['letter'];

/**
 * Every rule with its SMART letter and severity. "A" covers both an achievable scale and an
 * accountable owner (Doran's original SMART read A as "assignable").
 */
export const SMART_RULES = {
  'role.name.missing': { letter: 'S', severity: 'error' },
  'role.kpis.count': { letter: 'S', severity: 'error' },
  'role.weights.total': { letter: 'M', severity: 'error' },
  'role.development.missing': { letter: 'R', severity: 'error' },
  'role.cadence.missing': { letter: 'T', severity: 'error' },
  'kpi.name.missing': { letter: 'S', severity: 'error' },
  'kpi.name.vague': { letter: 'S', severity: 'warning' },
  'kpi.definition.missing': { letter: 'S', severity: 'error' },
  'kpi.definition.short': { letter: 'S', severity: 'warning' },
  'kpi.category.unknown': { letter: 'S', severity: 'error' },
  'kpi.duplicate': { letter: 'S', severity: 'error' },
  'kpi.unit.missing': { letter: 'M', severity: 'error' },
  'kpi.direction.missing': { letter: 'M', severity: 'error' },
  'kpi.target.numeric': { letter: 'M', severity: 'error' },
  'kpi.threshold.numeric': { letter: 'M', severity: 'error' },
  'kpi.stretch.numeric': { letter: 'M', severity: 'error' },
  'kpi.data-source.missing': { letter: 'M', severity: 'warning' },
  'kpi.weight.invalid': { letter: 'M', severity: 'error' },
  'kpi.threshold.required': { letter: 'A', severity: 'error' },
  'kpi.threshold.side': { letter: 'A', severity: 'error' },
  'kpi.stretch.side': { letter: 'A', severity: 'error' },
  'kpi.scale.unscorable': { letter: 'A', severity: 'error' },
  'kpi.percent.whole': { letter: 'M', severity: 'error' },
  'kpi.owner.email': { letter: 'A', severity: 'error' },
  'kpi.objective.missing': { letter: 'R', severity: 'error' },
  'kpi.objective.unknown': { letter: 'R', severity: 'error' },
  'kpi.weight.zero': { letter: 'R', severity: 'warning' },
  'kpi.frequency.missing': { letter: 'T', severity: 'error' },
  'kpi.cadence.missing': { letter: 'T', severity: 'error' },
  'kpi.frequency.slower-than-review': { letter: 'T', severity: 'warning' },
} as const satisfies Record<string, { letter: SmartLetter; severity: Severity }>;

/** The ID of a SMART rule, e.g. `kpi.target.numeric`. */
export type SmartRuleId = keyof typeof SMART_RULES;

/** The number of KPIs a role may have: enough to cover the job, few enough to stay focused. */
export const KPI_COUNT_LIMITS = { min: 3, max: 12 } as const;

/** What a KPI is checked against besides itself. */
export interface KpiCheckContext {
  /** Position of the KPI in its role, copied into each finding; `null` when checked alone. */
  kpiIndex?: number | null;
  /**
   * IDs of the objectives the KPI may support. When omitted, only that a link is set is checked.
   */
  objectiveIds?: readonly string[];
  /** The categories a KPI may use; defaults to {@link DEFAULT_CATEGORIES}. */
  categories?: readonly string[];
}

/** Options for checking a whole role. */
export interface RoleCheckOptions {
  /** The categories a KPI may use (the spreadsheet's settings); defaults to the default list. */
  categories?: readonly string[];
}

/** How many months each measurement frequency and review cadence spans. */

/** Names that say nothing about what is measured. */
const VAGUE_NAMES = new Set([
  'kpi',
  'metric',
  'goal',
  'target',
  'performance',
  'results',
  'quality',
  'sales',
  'other',
  'misc',
  'tbd',
  'todo',
  'n/a',
  'test',
]);

const MIN_NAME_LENGTH = 4;
const MIN_DEFINITION_LENGTH = 20;
const MIN_DEFINITION_WORDS = 4;
const MAX_EMAIL_LENGTH = 254;
// Deliberately loose: one "@", no spaces, a dot in the domain. Mail delivery is the real test.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Checks one KPI on its own (plus the objectives and categories it may refer to).
 *
 * @example
 * checkKpi({ ...kpi, unit: '' }).map((finding) => finding.rule) // ['kpi.unit.missing']
 */
export function checkKpi(kpi: KpiDefinition, context: KpiCheckContext = {}): SmartFinding[] {
  const index = context.kpiIndex ?? null;
  const findings: SmartFinding[] = [];
  const add = (rule: SmartRuleId, message: string, fix: string): void => {
    findings.push(makeFinding(rule, index, message, fix));
  };

  const name = textOf(kpi.name);
  if (name === '') {
    add(
      'kpi.name.missing',
      'The KPI has no name.',
      'Name it after what it measures, e.g. "Win rate".',
    );
  } else if (name.length < MIN_NAME_LENGTH || VAGUE_NAMES.has(name.toLowerCase())) {
    add(
      'kpi.name.vague',
      `"${name}" does not say what is measured.`,
      'Use a specific name, e.g. "Quota attainment" rather than "Sales".',
    );
  }

  const definition = textOf(kpi.definition);
  if (definition === '') {
    add(
      'kpi.definition.missing',
      'The KPI has no definition.',
      'Say how it is measured, e.g. "Closed-won revenue ÷ quota for the quarter, %".',
    );
  } else if (
    definition.length < MIN_DEFINITION_LENGTH ||
    definition.split(/\s+/).length < MIN_DEFINITION_WORDS
  ) {
    add(
      'kpi.definition.short',
      'The definition is too short to measure the KPI the same way every time.',
      'Describe the calculation and its period, e.g. "Tickets solved at first contact ÷ tickets solved, per month".',
    );
  }

  const categories = context.categories ?? DEFAULT_CATEGORIES;
  const category = textOf(kpi.category);
  if (!categories.some((known) => sameText(known, category))) {
    add(
      'kpi.category.unknown',
      category === '' ? 'The KPI has no category.' : `"${category}" is not one of the categories.`,
      `Choose one of: ${categories.join(', ')} (or add the category in Settings).`,
    );
  }

  if (textOf(kpi.unit) === '') {
    add(
      'kpi.unit.missing',
      'The KPI has no unit.',
      'Enter the unit of the actual value, e.g. %, days, hours, count or score (1-5).',
    );
  }
  if (textOf(kpi.dataSource) === '') {
    add(
      'kpi.data-source.missing',
      'The KPI has no data source.',
      'Say where the actual value comes from, e.g. "CRM (closed-won opportunities)" or "HRIS".',
    );
  }

  if (!isKnownDirection(kpi.direction)) {
    add(
      'kpi.direction.missing',
      'The direction is not set.',
      'Choose higher (more is better), lower (less is better) or range (an ideal band).',
    );
  }
  for (const finding of checkScale(kpi, index)) findings.push(finding);
  const whole = wholePercentBound(kpi);
  if (whole) {
    // The number as typed is the percent meant: 70 for 70%.
    const meant = whole.value;
    add(
      'kpi.percent.whole',
      `${capitalise(whole.field)} ${formatMeasure(whole.value, kpi.unit)} is more than ${formatMeasure(WHOLE_PERCENT_LIMIT, kpi.unit)}: it reads like a whole percent (${whole.value} for ${meant}%), as earlier versions stored percents.`,
      `Percent KPIs hold fractions shown as percents: enter ${meant}% (Sheets stores ${fractionFromPercent(whole.value)}).`,
    );
  }

  const weight = kpi.weight;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) {
    add(
      'kpi.weight.invalid',
      'The weight is not a number from 0 to 100.',
      "Enter the KPI's share of the role score in %, e.g. 15.",
    );
  } else if (weight === 0) {
    add(
      'kpi.weight.zero',
      'The weight is 0, so this KPI does not count toward the role score.',
      'Give it a weight, or remove the KPI if it does not matter for the role.',
    );
  }

  const owner = textOf(kpi.owner);
  if (!isEmailAddress(owner)) {
    add(
      'kpi.owner.email',
      owner === '' ? 'The KPI has no owner.' : `"${owner}" is not an email address.`,
      'Enter the email address of the person who reviews this KPI, e.g. ana@example.com.',
    );
  }

  const objectiveId = textOf(kpi.objectiveId);
  if (objectiveId === '') {
    add(
      'kpi.objective.missing',
      'The KPI is not linked to a strategic objective.',
      'Choose the objective this KPI supports, or add one on the objectives step.',
    );
  } else if (
    context.objectiveIds !== undefined &&
    !context.objectiveIds.some((id) => sameText(id, objectiveId))
  ) {
    add(
      'kpi.objective.unknown',
      `Objective "${objectiveId}" is not one of this role's objectives.`,
      "Choose one of the role's objectives, or add this objective on the objectives step.",
    );
  }

  const frequency = kpi.frequency;
  const cadence = kpi.reviewCadence;
  const frequencyKnown = hasKey(FREQUENCY_MONTHS, frequency);
  const cadenceKnown = hasKey(CADENCE_MONTHS, cadence);
  if (!frequencyKnown) {
    add(
      'kpi.frequency.missing',
      'The measurement frequency is not set.',
      'Choose how often the actual is measured: Weekly, Monthly, Quarterly, Biannual or Annual.',
    );
  }
  if (!cadenceKnown) {
    add(
      'kpi.cadence.missing',
      'The review cadence is not set.',
      'Choose how often the KPI is reviewed: Quarterly (usual) or Biannual, Monthly or Annual.',
    );
  }
  if (frequencyKnown && cadenceKnown && FREQUENCY_MONTHS[frequency] > CADENCE_MONTHS[cadence]) {
    add(
      'kpi.frequency.slower-than-review',
      `Measured ${frequency.toLowerCase()} but reviewed ${cadence.toLowerCase()}, so some reviews will have no new data.`,
      `Measure it at least ${cadence.toLowerCase()}, or review it less often.`,
    );
  }
  return findings;
}

/**
 * Checks a whole role: each KPI (with its objectives, categories and duplicates) and the role's
 * own rules. Findings come role-level first, then KPI by KPI, in a fixed rule order.
 *
 * @example
 * checkRole(template).filter((finding) => finding.severity === 'error') // [] → ready to create
 */
export function checkRole(template: RoleTemplate, options: RoleCheckOptions = {}): SmartFinding[] {
  const kpis = Array.isArray(template.kpis) ? template.kpis : [];
  const categories = options.categories ?? DEFAULT_CATEGORIES;
  const findings: SmartFinding[] = [];
  const add = (rule: SmartRuleId, message: string, fix: string): void => {
    findings.push(makeFinding(rule, null, message, fix));
  };

  if (textOf(template.role) === '') {
    add(
      'role.name.missing',
      'The role has no name.',
      'Enter the role name, e.g. "Account Executive".',
    );
  }
  if (!hasKey(CADENCE_MONTHS, template.reviewCadence)) {
    add(
      'role.cadence.missing',
      "The role's review cadence is not set.",
      'Choose Quarterly (usual) or Biannual, Monthly or Annual.',
    );
  }
  if (kpis.length < KPI_COUNT_LIMITS.min || kpis.length > KPI_COUNT_LIMITS.max) {
    add(
      'role.kpis.count',
      `The role has ${kpis.length} KPI${kpis.length === 1 ? '' : 's'}.`,
      kpis.length < KPI_COUNT_LIMITS.min
        ? `Add KPIs until the role has at least ${KPI_COUNT_LIMITS.min}.`
        : `Keep the ${KPI_COUNT_LIMITS.max} that matter most; too many KPIs dilute focus.`,
    );
  }
  const total = weightTotal(kpis.map((kpi) => kpi.weight));
  if (kpis.length > 0 && total !== WEIGHT_TOTAL) {
    add(
      'role.weights.total',
      `The weights add up to ${total}%, not ${WEIGHT_TOTAL}%.`,
      total < WEIGHT_TOTAL
        ? `Add ${roundToHundredths(WEIGHT_TOTAL - total)} points of weight, or use Normalise.`
        : `Remove ${roundToHundredths(total - WEIGHT_TOTAL)} points of weight, or use Normalise.`,
    );
  }
  if (kpis.length > 0 && !kpis.some((kpi) => sameText(kpi.category, DEVELOPMENT_CATEGORY))) {
    add(
      'role.development.missing',
      'The role has no Development KPI.',
      'Add a learning or skill KPI in the Development category, e.g. "Learning hours completed".',
    );
  }

  const objectiveIds = (Array.isArray(template.objectives) ? template.objectives : [])
    .map((objective) => textOf(objective.id))
    .filter((id) => id !== '');
  const firstIndexByName = new Map<string, number>();
  kpis.forEach((kpi, kpiIndex) => {
    for (const finding of checkKpi(kpi, { kpiIndex, objectiveIds, categories })) {
      findings.push(finding);
    }
    const key = nameKey(kpi.name);
    if (key === '') return;
    const first = firstIndexByName.get(key);
    if (first === undefined) {
      firstIndexByName.set(key, kpiIndex);
      return;
    }
    findings.push(
      makeFinding(
        'kpi.duplicate',
        kpiIndex,
        `"${textOf(kpi.name)}" repeats KPI ${first + 1}.`,
        'Rename one so each measures something different, or remove the repeat.',
      ),
    );
  });
  return findings;
}

/**
 * Whether any finding blocks creating the role.
 *
 * @example hasBlockingFindings(checkRole(template)) // false → the role can be created
 */
export function hasBlockingFindings(findings: readonly SmartFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/**
 * One line for a finding, naming the KPI it is about, for error messages and logs.
 *
 * @example
 * describeFinding(finding, template.kpis)
 * // 'KPI 3 "Win rate": The KPI has no unit. Enter the unit of the actual value, e.g. %, ...'
 */
export function describeFinding(
  finding: SmartFinding,
  kpis: readonly Pick<KpiDefinition, 'name'>[] = [],
): string {
  const subject =
    finding.kpiIndex === null
      ? 'Role'
      : `KPI ${finding.kpiIndex + 1}${kpiLabel(kpis[finding.kpiIndex]?.name)}`;
  return `${subject}: ${finding.message} ${finding.fix}`;
}

function kpiLabel(name: unknown): string {
  const text = textOf(name);
  return text === '' ? '' : ` "${text}"`;
}

/**
 * The threshold/target/stretch rules of KPISCORE (SPEC §3), as findings with a rule each. Anything
 * the scoring module still refuses after these rules pass is reported as unscorable, so the wizard
 * never lets through a KPI whose scorecard formula would fail.
 */
function checkScale(kpi: KpiDefinition, index: number | null): SmartFinding[] {
  const findings: SmartFinding[] = [];
  const add = (rule: SmartRuleId, message: string, fix: string): void => {
    findings.push(makeFinding(rule, index, message, fix));
  };
  const { target, threshold, stretch, direction } = kpi;
  // A percent KPI's numbers are fractions; its findings name them as the percents people type.
  const shown = (value: number): string => formatMeasure(value, kpi.unit);
  if (!isFiniteNumber(target)) {
    add(
      'kpi.target.numeric',
      'The target is not a number.',
      `Enter the value that scores 100%, e.g. ${targetExample(kpi.unit)}.`,
    );
  }
  if (!isBlankBound(threshold) && !isFiniteNumber(threshold)) {
    add(
      'kpi.threshold.numeric',
      'The threshold is not a number.',
      'Enter the value that scores 0, or leave it blank for the default.',
    );
  }
  if (!isBlankBound(stretch) && !isFiniteNumber(stretch)) {
    add(
      'kpi.stretch.numeric',
      'The stretch is not a number.',
      'Enter the value that earns the top score, or leave it blank.',
    );
  }
  if (findings.length > 0 || !isFiniteNumber(target)) return findings;
  const givenThreshold = isFiniteNumber(threshold) ? threshold : null;
  const givenStretch = isFiniteNumber(stretch) ? stretch : null;

  if (direction === 'range') {
    const low = givenStretch === null ? target : Math.min(target, givenStretch);
    const high = givenStretch === null ? target : Math.max(target, givenStretch);
    const band = low === high ? shown(low) : `${shown(low)}–${shown(high)}`;
    if (givenThreshold === null) {
      add(
        'kpi.threshold.required',
        'A range KPI needs a threshold.',
        `Enter a value outside the ideal band ${band} that scores 0.`,
      );
    } else if (givenThreshold >= low && givenThreshold <= high) {
      add(
        'kpi.threshold.side',
        `Threshold ${shown(givenThreshold)} lies inside the ideal band ${band}.`,
        `Enter a threshold below ${shown(low)} or above ${shown(high)}: the value that scores 0.`,
      );
    }
  } else if (direction === 'higher' || direction === 'lower') {
    const sign = direction === 'higher' ? 1 : -1;
    const worse = direction === 'higher' ? 'below' : 'above';
    const better = direction === 'higher' ? 'above' : 'below';
    const defaultThreshold = direction === 'higher' ? 0 : 2 * target;
    if (givenThreshold === null && sign * defaultThreshold >= sign * target) {
      add(
        'kpi.threshold.required',
        `With target ${shown(target)} the default threshold (${direction === 'higher' ? '0' : 'twice the target'}) is not ${worse} the target.`,
        `Enter a threshold ${worse} ${shown(target)}: the value that scores 0.`,
      );
    } else if (givenThreshold !== null && sign * givenThreshold >= sign * target) {
      add(
        'kpi.threshold.side',
        `Threshold ${shown(givenThreshold)} is not ${worse} target ${shown(target)}, but ${direction} is better.`,
        `Enter a threshold ${worse} ${shown(target)}, or change the direction.`,
      );
    }
    if (givenStretch !== null && sign * givenStretch <= sign * target) {
      add(
        'kpi.stretch.side',
        `Stretch ${shown(givenStretch)} is not ${better} target ${shown(target)}, but ${direction} is better.`,
        `Enter a stretch ${better} ${shown(target)}, or leave it blank.`,
      );
    }
  }
  // Without a known direction the scale cannot be judged (kpi.direction.missing says so).
  if (findings.length > 0 || !isKnownDirection(direction)) return findings;
  try {
    resolveScoreScale(target, { direction, threshold: givenThreshold, stretch: givenStretch });
  } catch (error) {
    add(
      'kpi.scale.unscorable',
      error instanceof Error ? error.message : 'KPISCORE cannot score this scale.',
      'Adjust the threshold, target and stretch so the scorecard formula can score them.',
    );
  }
  return findings;
}

/** An example target in the KPI's own unit, for the fix of a missing target. */
function targetExample(unit: unknown): string {
  if (isPercentUnit(unit)) return '95%';
  const text = textOf(unit);
  return text === '' ? '20' : `20 ${text}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function makeFinding(
  rule: SmartRuleId,
  kpiIndex: number | null,
  message: string,
  fix: string,
): SmartFinding {
  const { letter, severity } = SMART_RULES[rule];
  return { rule, severity, kpiIndex, letter, message, fix };
}

function hasKey<T extends object>(record: T, key: unknown): key is keyof T {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(record, key);
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function sameText(a: unknown, b: unknown): boolean {
  return textOf(a).toLowerCase() === textOf(b).toLowerCase();
}

/** Case- and space-insensitive, so "Win  rate" and "win rate" count as the same KPI. */
function nameKey(name: unknown): string {
  return textOf(name).toLowerCase().replace(/\s+/g, ' ');
}

function isEmailAddress(text: string): boolean {
  return text.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(text);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isBlankBound(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function isKnownDirection(value: unknown): value is KpiDefinition['direction'] {
  return value === 'higher' || value === 'lower' || value === 'range';
}

function roundToHundredths(value: number): number {
  return Math.round(value * 100) / 100;
}
