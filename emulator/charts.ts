/**
 * The Charts service: its enums, text styles, and the ChartOptions of a built chart.
 *
 * Decisions:
 * - Only what embedded charts need is emulated: the enums, `newTextStyle()` and ChartOptions.
 *   The standalone chart builders (`Charts.newColumnChart()`, …) render images and data tables
 *   for web apps and are not emulated.
 * - Chart options are kept as the script set them, by key ('title', 'hAxis.title', 'legend', …),
 *   in the Google Charts names the Apps Script builders document. A key with dots is a path into
 *   the nested Google Charts options: `get('legend.position')` finds a position set through
 *   `setOption('legend', { position: 'top' })`, and `get('legend')` gathers the keys under it.
 *   Setting a key replaces what was set beneath it, and writes into an object set above it.
 * - A TextStyle becomes plain `{ color, fontName, fontSize }` (the parts that were set) inside
 *   the options, so snapshots and save files hold plain data.
 */
import { enumOf } from './enums';
import { EmulatedObject, type ServiceName } from './runtime';

export const CHART_ENUMS = {
  ChartType: enumOf(
    'TIMELINE',
    'AREA',
    'BAR',
    'BUBBLE',
    'CANDLESTICK',
    'COLUMN',
    'COMBO',
    'GAUGE',
    'GEO',
    'HISTOGRAM',
    'RADAR',
    'LINE',
    'ORG',
    'PIE',
    'SCATTER',
    'SPARKLINE',
    'STEPPED_AREA',
    'TABLE',
    'TREEMAP',
    'WATERFALL',
  ),
  ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
  ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
  Position: enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
  CurveStyle: enumOf('NORMAL', 'SMOOTH'),
  PointStyle: enumOf('NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'),
  ColumnType: enumOf('DATE', 'NUMBER', 'STRING'),
  MatchType: enumOf('EXACT', 'PREFIX', 'ANY'),
  Orientation: enumOf('HORIZONTAL', 'VERTICAL'),
  PickerValuesLayout: enumOf('ASIDE', 'BELOW', 'BELOW_WRAPPING', 'BELOW_STACKED'),
} as const;

export type ChartTypeName = keyof typeof CHART_ENUMS.ChartType;

/** A text style as plain data. */
export interface TextStyleOptions {
  color?: string;
  fontName?: string;
  fontSize?: number;
}

export class TextStyle extends EmulatedObject {
  readonly _className = 'TextStyle';
  readonly _service: ServiceName = 'builder';
  constructor(readonly _options: Readonly<TextStyleOptions>) {
    super();
  }
  getColor(): string {
    return this._options.color ?? '#000000';
  }
  getFontName(): string {
    return this._options.fontName ?? '';
  }
  getFontSize(): number {
    return this._options.fontSize ?? 0;
  }
}

export class TextStyleBuilder extends EmulatedObject {
  readonly _className = 'TextStyleBuilder';
  readonly _service: ServiceName = 'builder';
  _options: TextStyleOptions = {};
  setColor(cssValue: string): TextStyleBuilder {
    this._options.color = String(cssValue);
    return this;
  }
  setFontName(fontName: string): TextStyleBuilder {
    this._options.fontName = String(fontName);
    return this;
  }
  setFontSize(fontSize: number): TextStyleBuilder {
    this._options.fontSize = Number(fontSize);
    return this;
  }
  build(): TextStyle {
    return new TextStyle({ ...this._options });
  }
}

/** A chart option value as plain data: text styles flattened, arrays and objects copied. */
export function plainOption(value: unknown): unknown {
  if (value instanceof TextStyle) return { ...value._options };
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(plainOption);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = plainOption(item);
    return out;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Sets one option in a chart's options by key, keeping keys and nested objects consistent.
 * @example setChartOption(options, 'hAxis.title', 'Month')
 */
export function setChartOption(options: Map<string, unknown>, key: string, value: unknown): void {
  for (const existing of [...options.keys()])
    if (existing.startsWith(`${key}.`)) options.delete(existing);
  const parts = key.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const ancestor = parts.slice(0, i).join('.');
    if (!options.has(ancestor)) continue;
    const holder = options.get(ancestor);
    if (!isPlainObject(holder)) {
      options.delete(ancestor);
      break;
    }
    const copy = plainOption(holder) as Record<string, unknown>;
    let node = copy;
    for (const part of parts.slice(i, -1)) {
      const next = node[part];
      node[part] = isPlainObject(next) ? next : {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = plainOption(value);
    options.set(ancestor, copy);
    return;
  }
  options.set(key, plainOption(value));
}

/** Reads an option by key or dotted path (see the Decisions above); undefined when not set. */
export function readChartOption(options: ReadonlyMap<string, unknown>, key: string): unknown {
  if (options.has(key)) return plainOption(options.get(key));
  const parts = key.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const ancestor = parts.slice(0, i).join('.');
    if (!options.has(ancestor)) continue;
    let node: unknown = options.get(ancestor);
    for (const part of parts.slice(i)) node = isPlainObject(node) ? node[part] : undefined;
    return plainOption(node);
  }
  const below = [...options].filter(([name]) => name.startsWith(`${key}.`));
  if (below.length === 0) return undefined;
  const gathered: Record<string, unknown> = {};
  for (const [name, value] of below) {
    let node = gathered;
    const path = name.slice(key.length + 1).split('.');
    for (const part of path.slice(0, -1)) {
      if (!isPlainObject(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = plainOption(value);
  }
  return gathered;
}

/** A built chart's options, read-only. */
export class ChartOptions extends EmulatedObject {
  readonly _className = 'ChartOptions';
  readonly _service: ServiceName = 'Charts';
  constructor(readonly _options: ReadonlyMap<string, unknown>) {
    super();
  }
  /** The value set for an option, or null when it was not set. */
  get(option: string): unknown {
    return readChartOption(this._options, String(option)) ?? null;
  }
  /** As get(): the emulator knows no Google Charts defaults, so an unset option reads as null. */
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

/** The Charts global. */
export class Charts extends EmulatedObject {
  readonly _className = 'Charts';
  readonly _service: ServiceName = 'Charts';
  /** A text style is a local value: building one makes no request. */
  override readonly _serviceOverrides = { newTextStyle: 'builder' } as const;
  readonly ChartType = CHART_ENUMS.ChartType;
  readonly ChartMergeStrategy = CHART_ENUMS.ChartMergeStrategy;
  readonly ChartHiddenDimensionStrategy = CHART_ENUMS.ChartHiddenDimensionStrategy;
  readonly Position = CHART_ENUMS.Position;
  readonly CurveStyle = CHART_ENUMS.CurveStyle;
  readonly PointStyle = CHART_ENUMS.PointStyle;
  readonly ColumnType = CHART_ENUMS.ColumnType;
  readonly MatchType = CHART_ENUMS.MatchType;
  readonly Orientation = CHART_ENUMS.Orientation;
  readonly PickerValuesLayout = CHART_ENUMS.PickerValuesLayout;
  newTextStyle(): TextStyleBuilder {
    return new TextStyleBuilder();
  }
}
