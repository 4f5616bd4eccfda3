/**
 * Undo steps for a request that writes in several places, so a failure part-way (a quota, the
 * cell limit) leaves the spreadsheet as it was instead of half changed. Each write records how
 * to take it back right after it succeeds; a failure takes the steps back newest first.
 *
 * Decisions:
 * - Everything that can refuse a request is checked before the first write; the journal is for
 *   what Apps Script itself may refuse mid-way.
 * - Undo is best effort: a step that fails does not stop the others, and the original error is
 *   the one the person sees.
 */

export class WriteJournal {
  private readonly steps: Array<() => void> = [];

  /** Records how to take back a write that just succeeded. */
  onUndo(step: () => void): void {
    this.steps.push(step);
  }

  /** Takes back every recorded write, newest first. */
  undo(): void {
    while (this.steps.length) {
      const step = this.steps.pop() as () => void;
      try {
        step();
      } catch (_error) {
        // Keep undoing the rest; the caller rethrows the error that started the undo.
      }
    }
  }
}

/**
 * Runs `work` with a journal; if it throws, everything it recorded is undone and the error
 * rethrown.
 *
 * @example journaled((journal) => { insertScorecard(journal); appendRows(journal); })
 */
export function journaled<T>(work: (journal: WriteJournal) => T): T {
  const journal = new WriteJournal();
  try {
    return work(journal);
  } catch (error) {
    journal.undo();
    throw error;
  }
}
