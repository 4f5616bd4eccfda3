import { appsScriptGlobals, createEmulator } from '../../../emulator';

function setUp() {
  const emu = createEmulator({ now: new Date('2025-03-03T09:00:00Z') });
  const book = emu.createSpreadsheet('Team KPIs');
  return { emu, book, g: appsScriptGlobals(emu) };
}

describe('locks', () => {
  it('acquires, reports and releases a free lock', () => {
    const { g } = setUp();
    const lock = g.LockService.getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(g.LockService.getDocumentLock()!.tryLock(0)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('fails tryLock and waitLock while another execution holds the lock, spending the timeout', () => {
    const { emu, book, g } = setUp();
    emu.lockBusy(book);
    expect(g.LockService.getDocumentLock()!.tryLock(5000)).toBe(false);
    expect(emu.clock.now().toISOString()).toBe('2025-03-03T09:00:05.000Z');
    expect(() => g.LockService.getDocumentLock()!.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    emu.lockFree(book);
    expect(g.LockService.getDocumentLock()!.tryLock(0)).toBe(true);
  });

  it('makes the script and user locks busy too', () => {
    const { emu, g } = setUp();
    emu.lockBusy('script');
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(false);
    emu.lockBusy();
    expect(g.LockService.getUserLock().tryLock(0)).toBe(false);
    emu.lockFree();
    expect(g.LockService.getUserLock().tryLock(0)).toBe(true);
  });

  it('releases held locks when an execution ends', () => {
    const { emu, g } = setUp();
    emu.runAsTimeDrivenTrigger(() => expect(g.LockService.getScriptLock().tryLock(0)).toBe(true));
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});
