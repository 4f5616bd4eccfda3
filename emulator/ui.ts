/** Ui, Menu and HtmlService: what the add-on shows, recorded for tests. */
import { EmulatedObject, type ServiceName } from './runtime';
import { appsScriptError } from './messages';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export const Button: Readonly<Record<ButtonName, ButtonName>> = Object.freeze({
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
  CLOSE: 'CLOSE',
});
export const ButtonSet: Readonly<Record<ButtonSetName, ButtonSetName>> = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

export interface MenuRecord {
  title: string;
  /** `null` is a separator; a nested record is a sub-menu. */
  items: Array<
    { caption: string; functionName: string } | { caption: string; subMenu: MenuRecord } | null
  >;
  addon: boolean;
}

/** Everything the add-on put on screen. */
export interface UiRecord {
  menus: MenuRecord[];
  sidebars: Array<{ html: string; title: string }>;
  dialogs: Array<{ html: string; title: string; modal: boolean; width: number; height: number }>;
  alerts: Array<{ title: string; prompt: string; buttons: ButtonSetName; response: ButtonName }>;
  prompts: Array<{
    title: string;
    prompt: string;
    buttons: ButtonSetName;
    response: ButtonName;
    text: string;
  }>;
  toasts: Array<{ spreadsheetId: string; message: string; title: string; timeoutSeconds: number }>;
  queueAlertResponse(button: ButtonName, text?: string): void;
  /** Responses not consumed yet. */
  pendingResponses: Array<{ button: ButtonName; text: string }>;
}

export function createUiRecord(): UiRecord {
  const record: UiRecord = {
    menus: [],
    sidebars: [],
    dialogs: [],
    alerts: [],
    prompts: [],
    toasts: [],
    pendingResponses: [],
    queueAlertResponse(button, text = '') {
      record.pendingResponses.push({ button, text });
    },
  };
  return record;
}

const DEFAULT_BUTTON: Record<ButtonSetName, ButtonName> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export class Menu extends EmulatedObject {
  readonly _className = 'Menu';
  readonly _service: ServiceName = 'SpreadsheetApp';
  readonly _record: MenuRecord;
  constructor(
    readonly _ui: UiRecord,
    title: string,
    addon: boolean,
  ) {
    super();
    this._record = { title, items: [], addon };
  }
  addItem(caption: string, functionName: string): Menu {
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$.]*$/.test(functionName))
      throw appsScriptError('menuItemNeedsFunction', { caption, got: String(functionName) });
    this._record.items.push({ caption: String(caption), functionName });
    return this;
  }
  addSeparator(): Menu {
    this._record.items.push(null);
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this._record.items.push({ caption: menu._record.title, subMenu: menu._record });
    return this;
  }
  addToUi(): void {
    const existing = this._ui.menus.findIndex((menu) => menu.title === this._record.title);
    const copy: MenuRecord = { ...this._record, items: [...this._record.items] };
    if (existing >= 0) this._ui.menus[existing] = copy;
    else this._ui.menus.push(copy);
  }
}

export class PromptResponse extends EmulatedObject {
  readonly _className = 'PromptResponse';
  readonly _service: ServiceName = 'SpreadsheetApp';
  constructor(
    readonly _button: ButtonName,
    readonly _text: string,
  ) {
    super();
  }
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): ButtonName {
    return this._button;
  }
}

function htmlContent(
  output: unknown,
  method: string,
): { html: string; title: string; width: number; height: number } {
  if (!(output instanceof HtmlOutput))
    throw appsScriptError('uiExpectsHtmlOutput', { method, type: typeof output });
  return {
    html: output._content,
    title: output._title,
    width: output._width,
    height: output._height,
  };
}

export class Ui extends EmulatedObject {
  readonly _className = 'Ui';
  readonly _service: ServiceName = 'SpreadsheetApp';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    readonly _record: UiRecord,
    readonly _addonName: string,
  ) {
    super();
  }
  createAddonMenu(): Menu {
    return new Menu(this._record, this._addonName, true);
  }
  createMenu(caption: string): Menu {
    return new Menu(this._record, String(caption), false);
  }
  showSidebar(userInterface: HtmlOutput): void {
    const { html, title } = htmlContent(userInterface, 'showSidebar');
    this._record.sidebars.push({ html, title });
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    const content = htmlContent(userInterface, 'showModalDialog');
    this._record.dialogs.push({ ...content, title: String(title), modal: true });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    const content = htmlContent(userInterface, 'showModelessDialog');
    this._record.dialogs.push({ ...content, title: String(title), modal: false });
  }
  private nextResponse(buttons: ButtonSetName): { button: ButtonName; text: string } {
    return this._record.pendingResponses.shift() ?? { button: DEFAULT_BUTTON[buttons], text: '' };
  }
  private parseDialogArgs(args: unknown[]): {
    title: string;
    prompt: string;
    buttons: ButtonSetName;
  } {
    const [first, second, third] = args;
    if (typeof third === 'string')
      return { title: String(first), prompt: String(second), buttons: third as ButtonSetName };
    if (typeof second === 'string' && second in ButtonSet)
      return { title: '', prompt: String(first), buttons: second as ButtonSetName };
    if (typeof second === 'string') return { title: String(first), prompt: second, buttons: 'OK' };
    return { title: '', prompt: String(first), buttons: 'OK' };
  }
  alert(...args: unknown[]): ButtonName {
    const dialog = this.parseDialogArgs(args);
    const response = this.nextResponse(dialog.buttons).button;
    this._record.alerts.push({ ...dialog, response });
    return response;
  }
  prompt(...args: unknown[]): PromptResponse {
    const dialog = this.parseDialogArgs(args);
    const { button, text } = this.nextResponse(dialog.buttons);
    this._record.prompts.push({ ...dialog, response: button, text });
    return new PromptResponse(button, text);
  }
}

export type SandboxModeName = 'IFRAME' | 'NATIVE' | 'EMULATED';

export class HtmlOutput extends EmulatedObject {
  readonly _className = 'HtmlOutput';
  readonly _service: ServiceName = 'HtmlService';
  _title = '';
  _width = 300;
  _height = 500;
  _sandboxMode: string = 'IFRAME';
  _xFrameOptionsMode = 'DEFAULT';
  _metaTags: Array<{ name: string; content: string }> = [];
  constructor(public _content: string) {
    super();
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): HtmlOutput {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this._content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): HtmlOutput {
    this._content = '';
    return this;
  }
  setTitle(title: string): HtmlOutput {
    this._title = String(title);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): HtmlOutput {
    this._width = width;
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setHeight(height: number): HtmlOutput {
    this._height = height;
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  setSandboxMode(mode: string): HtmlOutput {
    this._sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    this._xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this._metaTags.push({ name, content });
    return this;
  }
  setFaviconUrl(_iconUrl: string): HtmlOutput {
    return this;
  }
  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this._content);
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Compiles HtmlService scriptlets — `<?= expr ?>` (escaped), `<?!= expr ?>` (raw) and
 * `<? code ?>` — into a function of the template's properties.
 */
function compileTemplate(source: string): (data: Record<string, unknown>) => string {
  const pieces: string[] = [];
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (match.index > last)
      pieces.push(`__out.push(${JSON.stringify(source.slice(last, match.index))});`);
    const kind = match[1];
    const code = (match[2] ?? '').trim();
    if (kind === '=') pieces.push(`__out.push(__escape(${code}));`);
    else if (kind === '!=') pieces.push(`__out.push(__raw(${code}));`);
    else pieces.push(code);
    last = match.index + match[0].length;
  }
  if (last < source.length) pieces.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  let run: (
    data: Record<string, unknown>,
    out: string[],
    escape: (v: unknown) => string,
    raw: (v: unknown) => string,
  ) => void;
  try {
    // Scriptlets are JavaScript evaluated against the template's properties, as in Apps Script.
    run = new Function(
      '__data',
      '__out',
      '__escape',
      '__raw',
      `with (__data) { ${pieces.join('\n')} }`,
    ) as typeof run;
  } catch (error) {
    throw new Error(
      `The HTML template has a scriptlet that is not valid JavaScript: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const toText = (value: unknown): string =>
    value === undefined || value === null ? '' : String(value);
  return (data) => {
    const out: string[] = [];
    run(data, out, (value) => escapeHtml(toText(value)), toText);
    return out.join('');
  };
}

export class HtmlTemplate extends EmulatedObject {
  readonly _className = 'HtmlTemplate';
  readonly _service: ServiceName = 'HtmlService';
  [property: string]: unknown;
  constructor(readonly _source: string) {
    super();
  }
  getCode(): string {
    return this._source;
  }
  getRawContent(): string {
    return this._source;
  }
  evaluate(): HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!key.startsWith('_')) data[key] = this[key];
    try {
      return new HtmlOutput(compileTemplate(this._source)(data));
    } catch (error) {
      if (error instanceof ReferenceError)
        throw new ReferenceError(
          `${error.message} — set it on the template before evaluate(), e.g. template.${error.message.split(' ')[0]} = ...`,
          { cause: error },
        );
      throw error;
    }
  }
}

export class HtmlService extends EmulatedObject {
  readonly _className = 'HtmlService';
  readonly _service: ServiceName = 'HtmlService';
  readonly SandboxMode = Object.freeze({
    IFRAME: 'IFRAME',
    NATIVE: 'NATIVE',
    EMULATED: 'EMULATED',
  });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
  constructor(readonly _readFile: (name: string) => string) {
    super();
  }
  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this._readFile(filename));
  }
  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(String(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this._readFile(filename));
  }
}
