/**
 * What the playground server sends the page. Every action answers with a whole {@link PageState}
 * (the workbooks here are small), so the page is a pure rendering of the last answer.
 */

export interface GridCell {
  /** The text the cell shows (formatted value, or an error code such as `#ERROR!`). */
  text: string;
  /** The formula, when the cell holds one. */
  formula?: string;
  /**
   * What the formula bar and the cell editor show when that is not the shown text: text that
   * would be read as something else if typed again keeps Sheets' leading apostrophe (`'=1+1`).
   */
  input?: string;
  /** Why the formula failed, as Sheets shows on hover. */
  error?: string;
  /** Right-aligned like Sheets aligns numbers and dates. */
  numeric?: boolean;
  background?: string;
  color?: string;
  bold?: boolean;
  /** The cell's data-validation state: Sheets' corner mark when invalid, the words on hover. */
  validation?: { invalid: boolean; message: string; dropdown: boolean };
}

/**
 * A protected range or sheet (`Protection` in Apps Script) that stops the person at the page from
 * editing freely: a warning-only one (Sheets asks first, whoever edits), or one whose editors do
 * not include them (Sheets refuses). Protections they may edit are not listed.
 */
export interface ProtectionView {
  /** A1 notation on the sheet, e.g. `A5:F20` (the whole grid for a protected sheet). */
  range: string;
  /** A protected sheet's ranges left editable (A1). */
  unprotectedRanges: string[];
  /** Warning-only: Sheets asks before an edit instead of refusing it. */
  warningOnly: boolean;
  description: string;
}

/** One series of a chart: its name, one value per label (null where a cell is not a number). */
export interface ChartSeries {
  name: string;
  values: Array<number | null>;
  color: string;
  /** In a combo chart, whether this series is drawn as bars or as a line. */
  kind: 'bars' | 'line';
}

/** A chart of a sheet, with the data of its ranges read as Sheets reads them. */
export interface ChartView {
  chartId: number;
  /** Charts.ChartType name: COLUMN, BAR, LINE, AREA, PIE, SCATTER, TABLE, COMBO… */
  type: string;
  title: string;
  /** Where its top-left corner sits: a 1-based cell and pixel offsets from it. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  /** The domain: one label per data row (the first column). */
  labels: string[];
  series: ChartSeries[];
  /** The chart's colours in order (a pie's slices take them one by one). */
  colors: string[];
  /** How the value axis reads: as the cells show their numbers (percent when all are percents). */
  valueFormat: 'number' | 'percent';
  stacked: 'none' | 'absolute' | 'percent';
  legend: 'top' | 'bottom' | 'left' | 'right' | 'none';
  axisTitles: { horizontal: string; vertical: string };
  /** The value axis's ends when the chart sets them (setRange); null lets the data decide. */
  valueRange: { min: number | null; max: number | null };
  /** Dots on a line's points, in pixels (setPointStyle); 0 draws none. */
  pointSize: number;
  /** Smoothed lines (setCurveStyle(SMOOTH)). */
  smooth: boolean;
  /** A pie's hole, as a share of its radius (0 = a full pie, 0.5 = a donut). */
  pieHole: number;
  background: string;
  /** A TABLE chart: its header and rows as shown text. */
  table?: { headers: string[]; rows: string[][] };
}

export interface SheetView {
  name: string;
  /** Used area; rows may be shorter than `columns`. */
  cells: GridCell[][];
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in pixels, by 1-based column number, where set. */
  columnWidths: Record<number, number>;
  protections: ProtectionView[];
  charts: ChartView[];
}

/** An item of the add-on menu: one that runs a function, a sub-menu, or (null) a separator. */
export type MenuEntry =
  { caption: string; functionName: string } | { caption: string; items: MenuEntry[] } | null;

export interface ToastView {
  id: number;
  title: string;
  message: string;
  /** An error from an entry point, shown until dismissed. */
  error?: boolean;
  timeoutSeconds: number;
}

export interface AlertView {
  id: number;
  title: string;
  message: string;
  /** What the emulator answered for the person (alerts do not block in the playground). */
  response: string;
  buttons: string;
}

export interface SidebarView {
  /** Changes each time the add-on shows a sidebar, so the page reloads it. */
  id: number;
  title: string;
  /** The sidebar HTML with `google.script.run` bridged to the server. */
  html: string;
}

export interface MailView {
  to: string;
  subject: string;
  body: string;
}

export interface PageState {
  spreadsheetName: string;
  timeZone: string;
  /** The emulated date, `yyyy-mm-dd` in the spreadsheet's time zone. */
  today: string;
  menu: { title: string; items: MenuEntry[] } | null;
  sheets: SheetView[];
  activeSheet: string;
  /** A1 notation of the selection on the active sheet. */
  selection: string;
  sidebar: SidebarView | null;
  toasts: ToastView[];
  alerts: AlertView[];
  reviewLog: { headers: string[]; rows: string[][] };
  outbox: MailView[];
  /** Nothing has been done in this workbook yet: the page offers the demo company. */
  fresh: boolean;
  /** A line about the last review job or menu run, for the banner. */
  notice?: string;
}

/** What /api/run answers: the {@link ScriptRunResponse} of `google-script-run.ts`. */
export const TRANSPORT_NAME = '__kpiPlaygroundRun';
