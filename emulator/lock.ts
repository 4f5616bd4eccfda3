/** LockService: script, user and document locks, with a way for tests to simulate contention. */
import { EmulatedObject, type ServiceName } from './runtime';
import { appsScriptError } from './messages';

/** Who holds each lock key: a Lock of this execution, or "another execution" set by a test. */
export class LockTable {
  holders = new Map<string, Lock>();
  busyElsewhere = new Set<string>();
  releaseAll(): void {
    this.holders.clear();
  }
}

export class Lock extends EmulatedObject {
  readonly _className = 'Lock';
  readonly _service: ServiceName = 'LockService';
  constructor(
    readonly _table: LockTable,
    readonly _key: string,
    readonly _wait: (ms: number) => void,
  ) {
    super();
  }
  private acquire(timeoutInMillis: number): boolean {
    const holder = this._table.holders.get(this._key);
    if (holder === this) return true;
    if (this._table.busyElsewhere.has(this._key) || holder) {
      // Waiting for a lock takes the whole timeout in real time; the emulated clock moves on too.
      this._wait(Math.max(0, Number(timeoutInMillis) || 0));
      return false;
    }
    this._table.holders.set(this._key, this);
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) throw appsScriptError('lockTimeout');
  }
  hasLock(): boolean {
    return this._table.holders.get(this._key) === this;
  }
  releaseLock(): void {
    if (this._table.holders.get(this._key) === this) this._table.holders.delete(this._key);
  }
}

export class LockService extends EmulatedObject {
  readonly _className = 'LockService';
  readonly _service: ServiceName = 'LockService';
  constructor(
    readonly _table: LockTable,
    readonly _context: () => { user: string; documentId: string | null },
    readonly _wait: (ms: number) => void,
  ) {
    super();
  }
  getScriptLock(): Lock {
    return new Lock(this._table, 'script', this._wait);
  }
  getUserLock(): Lock {
    return new Lock(this._table, `user:${this._context().user}`, this._wait);
  }
  /** null without a container document, as in an add-on's time-driven trigger. */
  getDocumentLock(): Lock | null {
    const documentId = this._context().documentId;
    return documentId ? new Lock(this._table, `document:${documentId}`, this._wait) : null;
  }
}
