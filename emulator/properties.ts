/** PropertiesService: document, user and script stores with Apps Script's size limits. */
import { EmulatedObject, type ServiceName } from './runtime';
import { appsScriptError } from './messages';

/** 9 KB per value and 500 KB per store, counted as UTF-8 bytes of key + value. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** One property store's data; kept by the emulator so it survives across executions. */
export class PropertyData {
  entries = new Map<string, string>();
  size(): number {
    let total = 0;
    for (const [key, value] of this.entries) total += bytes(key) + bytes(value);
    return total;
  }
  toJSON(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }
  static from(json: Record<string, string> | undefined): PropertyData {
    const data = new PropertyData();
    for (const [key, value] of Object.entries(json ?? {})) data.entries.set(key, value);
    return data;
  }
}

export class Properties extends EmulatedObject {
  readonly _className = 'Properties';
  readonly _service: ServiceName = 'PropertiesService';
  constructor(readonly _data: PropertyData) {
    super();
  }
  private checkedPut(updates: Array<[string, string]>, replaceAll: boolean): void {
    for (const [key, value] of updates)
      if (bytes(key) + bytes(value) > PROPERTY_VALUE_LIMIT)
        throw appsScriptError('argumentTooLarge', { key });
    const next = new Map(replaceAll ? [] : this._data.entries);
    for (const [key, value] of updates) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > PROPERTY_STORE_LIMIT) throw appsScriptError('propertyQuota');
    this._data.entries = next;
  }
  getProperty(key: string): string | null {
    return this._data.entries.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): Properties {
    if (key === undefined || key === null || String(key) === '')
      throw appsScriptError('invalidPropertyKey');
    this.checkedPut([[String(key), String(value)]], false);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    if (typeof properties !== 'object' || properties === null)
      throw appsScriptError('setPropertiesExpectsObject');
    this.checkedPut(
      Object.entries(properties).map(([key, value]) => [key, String(value)]),
      deleteAllOthers,
    );
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._data.entries);
  }
  getKeys(): string[] {
    return [...this._data.entries.keys()];
  }
  deleteProperty(key: string): Properties {
    this._data.entries.delete(String(key));
    return this;
  }
  deleteAllProperties(): Properties {
    this._data.entries.clear();
    return this;
  }
}

export interface PropertyStores {
  script: PropertyData;
  user: (email: string) => PropertyData;
  /** null when the execution has no document (time-driven trigger of an add-on). */
  document: () => PropertyData | null;
}

export class PropertiesService extends EmulatedObject {
  readonly _className = 'PropertiesService';
  readonly _service: ServiceName = 'PropertiesService';
  constructor(
    readonly _stores: PropertyStores,
    readonly _user: () => string,
  ) {
    super();
  }
  getScriptProperties(): Properties {
    return new Properties(this._stores.script);
  }
  getUserProperties(): Properties {
    return new Properties(this._stores.user(this._user()));
  }
  getDocumentProperties(): Properties | null {
    const data = this._stores.document();
    return data ? new Properties(data) : null;
  }
}
