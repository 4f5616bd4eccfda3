/**
 * Errors of the Spreadsheet service (spreadsheets, sheets, ranges, rules), in English and German.
 *
 * Decisions:
 * - The English texts are Apps Script's where Apps Script has one, and say how to fix the call
 *   where the emulator adds its own. Google publishes no list of its German texts; these are
 *   faithful translations in the wording Sheets' German interface uses (Tabelle, Tabellenblatt,
 *   Bereich, "entsprechen nicht der Methodensignatur").
 */
import { message } from './catalog';

export const SPREADSHEET_MESSAGES = {
  sheetNameTaken: message<{ name: string }>(
    ({ name }) => `A sheet with the name "${name}" already exists. Please enter another name.`,
    ({ name }) =>
      `Ein Tabellenblatt mit dem Namen "${name}" ist bereits vorhanden. Geben Sie einen anderen Namen ein.`,
  ),
  sheetNameBlank: message(
    () => 'A sheet name cannot be blank. Please enter a name.',
    () => 'Der Name eines Tabellenblatts darf nicht leer sein. Geben Sie einen Namen ein.',
  ),
  sheetNameTooLong: message(
    () => 'A sheet name can be at most 100 characters long.',
    () => 'Der Name eines Tabellenblatts darf höchstens 100 Zeichen lang sein.',
  ),
  sheetToDeleteElsewhere: message(
    () => 'The sheet to delete does not belong to this spreadsheet.',
    () => 'Das zu löschende Tabellenblatt gehört nicht zu dieser Tabelle.',
  ),
  lastSheet: message(
    () => "You can't remove all the sheets in a document.",
    () => 'Sie können nicht alle Tabellenblätter eines Dokuments entfernen.',
  ),
  noSheets: message(
    () => 'The spreadsheet has no sheets.',
    () => 'Die Tabelle enthält keine Tabellenblätter.',
  ),
  sheetToActivateElsewhere: message(
    () => 'The sheet to activate does not belong to this spreadsheet.',
    () => 'Das zu aktivierende Tabellenblatt gehört nicht zu dieser Tabelle.',
  ),
  hideAllSheets: message(
    () => "You can't hide all the sheets in a document.",
    () => 'Sie können nicht alle Tabellenblätter eines Dokuments ausblenden.',
  ),
  sheetDeleted: message<{ name: string }>(
    ({ name }) => `The sheet "${name}" has been deleted.`,
    ({ name }) => `Das Tabellenblatt "${name}" wurde gelöscht.`,
  ),
  rangeNotFound: message<{ a1: string }>(
    ({ a1 }) => `Range not found: "${a1}". Use A1 notation such as "Sheet1!A1:C3".`,
    ({ a1 }) =>
      `Bereich nicht gefunden: "${a1}". Verwenden Sie die A1-Notation, z. B. "Sheet1!A1:C3".`,
  ),
  rangeSheetNotFound: message<{ sheet: string }>(
    ({ sheet }) => `Range not found: there is no sheet named "${sheet}".`,
    ({ sheet }) => `Bereich nicht gefunden: Es gibt kein Tabellenblatt mit dem Namen "${sheet}".`,
  ),
  rangeNeedsA1: message(
    () => 'Spreadsheet.getRange expects A1 notation text such as "Sheet1!A1:C3".',
    () => 'Spreadsheet.getRange erwartet Text in A1-Notation, z. B. "Sheet1!A1:C3".',
  ),
  namedRangeNameInvalid: message<{ name: string }>(
    ({ name }) =>
      `The named range name "${name}" is not valid. Use letters, digits and underscores, start with a letter, and do not use a cell reference such as A1.`,
    ({ name }) =>
      `Der Name "${name}" für den benannten Bereich ist ungültig. Verwenden Sie Buchstaben, Ziffern und Unterstriche, beginnen Sie mit einem Buchstaben und verwenden Sie keinen Zellbezug wie A1.`,
  ),
  namedRangeNeedsRange: message(
    () => 'setNamedRange needs a Range as its second argument.',
    () => 'setNamedRange benötigt einen Range als zweites Argument.',
  ),
  namedRangeMissing: message<{ name: string }>(
    ({ name }) => `Named range "${name}" does not exist.`,
    ({ name }) => `Der benannte Bereich "${name}" ist nicht vorhanden.`,
  ),
  parameterNotNumber: message<{ type: string; method: string; what: string }>(
    ({ type, method, what }) =>
      `The parameters (${type}) don't match the method signature for ${method}: ${what} must be a number.`,
    ({ type, method, what }) =>
      `Die Parameter (${type}) entsprechen nicht der Methodensignatur für ${method}: ${what} muss eine Zahl sein.`,
  ),
  rangeRowsAtLeastOne: message(
    () => 'The number of rows in the range must be at least 1.',
    () => 'Die Anzahl der Zeilen im Bereich muss mindestens 1 sein.',
  ),
  rangeColumnsAtLeastOne: message(
    () => 'The number of columns in the range must be at least 1.',
    () => 'Die Anzahl der Spalten im Bereich muss mindestens 1 sein.',
  ),
  startRowTooSmall: message(
    () => 'The starting row of the range is too small.',
    () => 'Die Startzeile des Bereichs ist zu klein.',
  ),
  startColumnTooSmall: message(
    () => 'The starting column of the range is too small.',
    () => 'Die Startspalte des Bereichs ist zu klein.',
  ),
  rangeOutsideSheet: message(
    () => 'The coordinates of the range are outside the dimensions of the sheet.',
    () => 'Die Koordinaten des Bereichs liegen außerhalb der Abmessungen des Tabellenblatts.',
  ),
  cellReferenceOutOfRange: message(
    () => 'Cell reference out of range',
    () => 'Zellbezug außerhalb des gültigen Bereichs',
  ),
  frozenRowsOutOfRange: message(
    () => 'The number of frozen rows is out of range.',
    () => 'Die Anzahl der fixierten Zeilen liegt außerhalb des zulässigen Bereichs.',
  ),
  frozenColumnsOutOfRange: message(
    () => 'The number of frozen columns is out of range.',
    () => 'Die Anzahl der fixierten Spalten liegt außerhalb des zulässigen Bereichs.',
  ),
  rowsOutOfBounds: message(
    () => 'Those rows are out of bounds.',
    () => 'Diese Zeilen liegen außerhalb des gültigen Bereichs.',
  ),
  columnsOutOfBounds: message(
    () => 'Those columns are out of bounds.',
    () => 'Diese Spalten liegen außerhalb des gültigen Bereichs.',
  ),
  deleteAllRows: message(
    () => 'Sorry, it is not possible to delete all non-frozen rows.',
    () => 'Es ist leider nicht möglich, alle nicht fixierten Zeilen zu löschen.',
  ),
  deleteAllColumns: message(
    () => 'Sorry, it is not possible to delete all non-frozen columns.',
    () => 'Es ist leider nicht möglich, alle nicht fixierten Spalten zu löschen.',
  ),
  appendRowNeedsArray: message(
    () => 'appendRow expects a non-empty array of cell values.',
    () => 'appendRow erwartet ein nicht leeres Array mit Zellwerten.',
  ),
  expected2dArray: message(
    () =>
      "The parameters don't match the method signature: expected a 2D array (an array of rows).",
    () =>
      'Die Parameter entsprechen nicht der Methodensignatur: Erwartet wird ein 2D-Array (ein Array von Zeilen).',
  ),
  rowNotArray: message(
    () => "The parameters don't match the method signature: each row must be an array.",
    () => 'Die Parameter entsprechen nicht der Methodensignatur: Jede Zeile muss ein Array sein.',
  ),
  rowCountMismatch: message<{ data: number; range: number }>(
    ({ data, range }) =>
      `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
    ({ data, range }) =>
      `Die Anzahl der Zeilen in den Daten stimmt nicht mit der Anzahl der Zeilen im Bereich überein. Die Daten haben ${data}, der Bereich hat jedoch ${range}.`,
  ),
  columnCountMismatch: message<{ data: number; range: number }>(
    ({ data, range }) =>
      `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
    ({ data, range }) =>
      `Die Anzahl der Spalten in den Daten stimmt nicht mit der Anzahl der Spalten im Bereich überein. Die Daten haben ${data}, der Bereich hat jedoch ${range}.`,
  ),
  arrayAsCellValue: message(
    () =>
      'Cannot convert an array to a single cell value. Use setValues() with a 2D array for many cells.',
    () =>
      'Ein Array kann nicht in einen einzelnen Zellwert umgewandelt werden. Verwenden Sie setValues() mit einem 2D-Array für mehrere Zellen.',
  ),
  validationExpected: message(
    () => 'setDataValidation expects a built DataValidation (call .build()) or null.',
    () =>
      'setDataValidation erwartet eine erstellte DataValidation (rufen Sie .build() auf) oder null.',
  ),
  validationsExpected: message(
    () => 'setDataValidations expects built DataValidation objects or null.',
    () => 'setDataValidations erwartet erstellte DataValidation-Objekte oder null.',
  ),
  conditionalRulesExpected: message(
    () => 'setConditionalFormatRules expects an array of built ConditionalFormatRule objects.',
    () =>
      'setConditionalFormatRules erwartet ein Array mit erstellten ConditionalFormatRule-Objekten.',
  ),
  metadataKeyRequired: message(
    () => 'Developer metadata needs a non-empty key.',
    () => 'Entwicklermetadaten benötigen einen nicht leeren Schlüssel.',
  ),
  metadataValueTooLong: message(
    () => 'Developer metadata values are limited to 30,000 characters.',
    () => 'Werte von Entwicklermetadaten sind auf 30.000 Zeichen begrenzt.',
  ),
  builderNeedsNumber: message<{ type: string; method: string }>(
    ({ type, method }) =>
      `The parameters (${type}) don't match the method signature for DataValidationBuilder.${method}: pass a number.`,
    ({ type, method }) =>
      `Die Parameter (${type}) entsprechen nicht der Methodensignatur für DataValidationBuilder.${method}: Übergeben Sie eine Zahl.`,
  ),
  valueListEmpty: message(
    () => 'requireValueInList needs a non-empty array of allowed values.',
    () => 'requireValueInList benötigt ein nicht leeres Array mit zulässigen Werten.',
  ),
  valueListTooLong: message(
    () => 'A dropdown list can hold at most 500 items; use requireValueInRange instead.',
    () =>
      'Eine Drop-down-Liste kann höchstens 500 Einträge enthalten; verwenden Sie stattdessen requireValueInRange.',
  ),
  criteriaRequired: message(
    () => 'You must set a criteria (for example requireValueInList) before build().',
    () => 'Sie müssen vor build() ein Kriterium festlegen (zum Beispiel requireValueInList).',
  ),
  setRangesExpectsArray: message(
    () => 'setRanges expects an array of ranges, e.g. [sheet.getRange("A2:A")].',
    () => 'setRanges erwartet ein Array von Bereichen, z. B. [sheet.getRange("A2:A")].',
  ),
  conditionRequired: message(
    () => 'Set a condition (for example whenTextEqualTo) before build().',
    () => 'Legen Sie vor build() eine Bedingung fest (zum Beispiel whenTextEqualTo).',
  ),
  ruleNeedsRange: message(
    () => 'A conditional format rule needs at least one range: call setRanges([...]).',
    () =>
      'Eine Regel für bedingte Formatierung benötigt mindestens einen Bereich: Rufen Sie setRanges([...]) auf.',
  ),
  noActiveSpreadsheet: message<{ method: string }>(
    ({ method }) =>
      `SpreadsheetApp.${method}: there is no active spreadsheet in this execution (for example in a time-driven trigger). Open the spreadsheet with SpreadsheetApp.openById(id).`,
    ({ method }) =>
      `SpreadsheetApp.${method}: In dieser Ausführung gibt es keine aktive Tabelle (zum Beispiel in einem zeitgesteuerten Trigger). Öffnen Sie die Tabelle mit SpreadsheetApp.openById(id).`,
  ),
  unexpectedErrorGetting: message<{ method: string }>(
    ({ method }) =>
      `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
    ({ method }) =>
      `Unerwarteter Fehler beim Abrufen der Methode oder Eigenschaft ${method} für das Objekt SpreadsheetApp.`,
  ),
  createNeedsCells: message(
    () => 'A new spreadsheet needs at least 1 row and 1 column.',
    () => 'Eine neue Tabelle benötigt mindestens 1 Zeile und 1 Spalte.',
  ),
  cellLimit: message<{ limit: number }>(
    ({ limit }) =>
      `This action would increase the number of cells in the workbook above the limit of ${limit} cells.`,
    ({ limit }) =>
      `Durch diese Aktion würde die Anzahl der Zellen in der Arbeitsmappe das Limit von ${limit} Zellen überschreiten.`,
  ),
  parametersDontMatch: message<{ types: string; method: string }>(
    ({ types, method }) =>
      `The parameters (${types}) don't match the method signature for ${method}.`,
    ({ types, method }) =>
      `Die Parameter (${types}) entsprechen nicht der Methodensignatur für ${method}.`,
  ),
  protectedCell: message(
    () =>
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    () =>
      'Sie versuchen, eine geschützte Zelle oder ein geschütztes Objekt zu bearbeiten. Wenden Sie sich an den Eigentümer der Tabelle, wenn der Schutz aufgehoben werden soll.',
  ),
  protectionNeedsRange: message<{ method: string }>(
    ({ method }) =>
      `Protection.${method} works on a protected range only; this protection protects a sheet.`,
    ({ method }) =>
      `Protection.${method} funktioniert nur bei einem geschützten Bereich; dieser Schutz gilt für ein Tabellenblatt.`,
  ),
  protectionNeedsSheet: message<{ method: string }>(
    ({ method }) =>
      `Protection.${method} works on a protected sheet only; this protection protects a range.`,
    ({ method }) =>
      `Protection.${method} funktioniert nur bei einem geschützten Tabellenblatt; dieser Schutz gilt für einen Bereich.`,
  ),
  protectionNamedRangeElsewhere: message<{ name: string }>(
    ({ name }) =>
      `The named range "${name}" must be on the same sheet as the protected range. Protect a range of that sheet instead.`,
    ({ name }) =>
      `Der benannte Bereich "${name}" muss auf demselben Tabellenblatt liegen wie der geschützte Bereich. Schützen Sie stattdessen einen Bereich dieses Tabellenblatts.`,
  ),
  unprotectedRangeElsewhere: message<{ sheet: string }>(
    ({ sheet }) => `Unprotected ranges must be on the protected sheet "${sheet}".`,
    ({ sheet }) =>
      `Nicht geschützte Bereiche müssen auf dem geschützten Tabellenblatt "${sheet}" liegen.`,
  ),
  uiNotInContext: message(
    () => 'Cannot call SpreadsheetApp.getUi() from this context.',
    () => 'SpreadsheetApp.getUi() kann in diesem Kontext nicht aufgerufen werden.',
  ),
};
