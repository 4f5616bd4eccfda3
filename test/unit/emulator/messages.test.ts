import {
  appsScriptGlobals,
  createEmulator,
  type AppsScriptGlobals,
  type Emulator,
  type ErrorLanguage,
} from '../../../emulator';
import { MESSAGES, messageText, type MessageKey } from '../../../emulator/messages';

interface Scenario {
  what: string;
  run(g: AppsScriptGlobals, emu: Emulator): void;
  en: string;
  de: string;
}

const SCENARIOS: Scenario[] = [
  {
    what: 'a range outside the sheet',
    run: (g) => g.SpreadsheetApp.getActiveSheet().getRange(1000, 1, 2, 1),
    en: 'The coordinates of the range are outside the dimensions of the sheet.',
    de: 'Die Koordinaten des Bereichs liegen außerhalb der Abmessungen des Tabellenblatts.',
  },
  {
    what: 'setValues with too few rows',
    run: (g) =>
      g.SpreadsheetApp.getActiveSheet()
        .getRange('A1:B3')
        .setValues([[1, 2]]),
    en: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    de: 'Die Anzahl der Zeilen in den Daten stimmt nicht mit der Anzahl der Zeilen im Bereich überein. Die Daten haben 1, der Bereich hat jedoch 3.',
  },
  {
    what: 'setValues with too many columns',
    run: (g) =>
      g.SpreadsheetApp.getActiveSheet()
        .getRange('A1:B1')
        .setValues([[1, 2, 3]]),
    en: 'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    de: 'Die Anzahl der Spalten in den Daten stimmt nicht mit der Anzahl der Spalten im Bereich überein. Die Daten haben 3, der Bereich hat jedoch 2.',
  },
  {
    what: 'a duplicate sheet name',
    run: (g) => g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('sheet1'),
    en: 'A sheet with the name "sheet1" already exists. Please enter another name.',
    de: 'Ein Tabellenblatt mit dem Namen "sheet1" ist bereits vorhanden. Geben Sie einen anderen Namen ein.',
  },
  {
    what: 'getSheetValues reaching no rows',
    run: (g) => g.SpreadsheetApp.getActiveSheet().getSheetValues(1, 1, -1, 1),
    en: 'The number of rows in the range must be at least 1.',
    de: 'Die Anzahl der Zeilen im Bereich muss mindestens 1 sein.',
  },
  {
    what: 'deleting the only sheet',
    run: (g) => {
      const ss = g.SpreadsheetApp.getActiveSpreadsheet();
      ss.deleteSheet(ss.getSheets()[0]!);
    },
    en: "You can't remove all the sheets in a document.",
    de: 'Sie können nicht alle Tabellenblätter eines Dokuments entfernen.',
  },
  {
    what: 'a call that AuthMode.NONE does not allow',
    run: (g, emu) => {
      emu.setAuthMode('NONE');
      g.SpreadsheetApp.getActiveSpreadsheet();
    },
    en: 'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets, https://www.googleapis.com/auth/spreadsheets.currentonly',
    de: 'Sie sind nicht berechtigt, SpreadsheetApp.getActiveSpreadsheet aufzurufen. Erforderliche Berechtigungen: https://www.googleapis.com/auth/spreadsheets, https://www.googleapis.com/auth/spreadsheets.currentonly',
  },
  {
    what: 'a write from a custom function',
    run: (g, emu) =>
      emu.runAsCustomFunction(() => g.SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1)),
    en: 'You do not have permission to call setValue',
    de: 'Sie sind nicht berechtigt, setValue aufzurufen',
  },
  {
    what: 'getUi in a time-driven trigger',
    run: (g, emu) => emu.runAsTimeDrivenTrigger(() => g.SpreadsheetApp.getUi()),
    en: 'Cannot call SpreadsheetApp.getUi() from this context.',
    de: 'SpreadsheetApp.getUi() kann in diesem Kontext nicht aufgerufen werden.',
  },
  {
    what: 'the daily mail quota',
    run: (g, emu) => {
      emu.mail.setQuota(0);
      g.MailApp.sendEmail('owner@example.com', 'Due', 'body');
    },
    en: 'Service invoked too many times for one day: email.',
    de: 'Dienst wurde für einen Tag zu oft aufgerufen: email.',
  },
  {
    what: 'a property value over 9 KB',
    run: (g) => g.PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(10_000)),
    en: 'Argument too large: big',
    de: 'Argument zu groß: big',
  },
  {
    what: 'a lock held by another execution',
    run: (g, emu) => {
      emu.lockBusy('script');
      g.LockService.getScriptLock().waitLock(1000);
    },
    en: 'Lock timeout: another process was holding the lock for too long.',
    de: 'Zeitüberschreitung bei der Sperre: Ein anderer Prozess hat die Sperre zu lange gehalten.',
  },
  {
    what: 'an add-on trigger more often than hourly',
    run: (g) => g.ScriptApp.newTrigger('job').timeBased().everyMinutes(30),
    en: 'Add-ons can only create time-based triggers that run at most once per hour. Use everyHours(1) or longer.',
    de: 'Add-ons können nur zeitgesteuerte Trigger erstellen, die höchstens einmal pro Stunde ausgeführt werden. Verwenden Sie everyHours(1) oder länger.',
  },
  {
    what: 'the 21st trigger of a user',
    run: (g) => {
      for (let n = 0; n <= 20; n++)
        g.ScriptApp.newTrigger(`job${n}`).timeBased().everyDays(1).atHour(6).create();
    },
    en: 'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    de: 'Dieses Skript hat zu viele Trigger. Trigger müssen aus dem Skript gelöscht werden, bevor weitere hinzugefügt werden können.',
  },
];

function thrownBy(language: ErrorLanguage | undefined, scenario: Scenario): Error {
  const emu = createEmulator({
    now: new Date('2025-03-03T09:00:00Z'),
    ...(language ? { errorLanguage: language } : {}),
  });
  emu.createSpreadsheet('Team KPIs');
  try {
    scenario.run(appsScriptGlobals(emu), emu);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${scenario.what} did not throw`);
}

describe('error messages', () => {
  describe.each(SCENARIOS)('for $what', (scenario) => {
    it('reach the add-on in English by default', () => {
      expect(thrownBy(undefined, scenario).message).toBe(scenario.en);
    });

    it('reach the add-on in German when that is the user language', () => {
      expect(thrownBy('de', scenario).message).toBe(scenario.de);
    });
  });

  it('switch language for later calls when the test sets it', () => {
    const emu = createEmulator();
    emu.createSpreadsheet('Team KPIs');
    const sheet = appsScriptGlobals(emu).SpreadsheetApp.getActiveSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    emu.setErrorLanguage('de');
    expect(emu.errorLanguage).toBe('de');
    expect(() => sheet.getRange(0, 1)).toThrow('Die Startzeile des Bereichs ist zu klein.');
    emu.setErrorLanguage('en');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  it('are named Exception, as Apps Script names its errors, and keep where they were thrown', () => {
    const error = thrownBy('de', SCENARIOS[0]!);
    expect(error.name).toBe('Exception');
    expect(error.stack).toContain(SCENARIOS[0]!.de);
  });

  it('refuse a language the catalog does not have', () => {
    expect(() => createEmulator({ errorLanguage: 'fr' as ErrorLanguage })).toThrow(
      'The emulator has no error messages in "fr". Use one of: en, de.',
    );
  });

  it('have a German text for every English one, different from it and keeping its parameters', () => {
    // Distinct values, so finding one in a text means the parameter was used.
    const names = ['name', 'a1', 'sheet', 'key', 'type', 'method', 'what', 'call', 'scopes'];
    const more = ['address', 'service', 'types', 'caption', 'got'];
    const params: Record<string, unknown> = {
      data: 7771,
      range: 8882,
      limit: 9993,
      rows: 6661,
      columns: 5551,
    };
    for (const name of [...names, ...more]) params[name] = `<${name}-value>`;
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const tell = (language: ErrorLanguage) =>
        (messageText as (k: MessageKey, l: ErrorLanguage, p: unknown) => string)(
          key,
          language,
          params,
        );
      const english = tell('en');
      const german = tell('de');
      expect(german).not.toBe(english);
      for (const value of Object.values(params))
        if (english.includes(String(value))) expect(german).toContain(String(value));
    }
  });
});
