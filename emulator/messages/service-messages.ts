/**
 * Errors of the other services (authorization, properties, mail, locks, triggers, Session,
 * Utilities, Ui), in English and German. The same Decisions as the spreadsheet messages apply.
 */
import { message } from './catalog';

export const SERVICE_MESSAGES = {
  noPermission: message<{ call: string; scopes: string }>(
    ({ call, scopes }) =>
      `You do not have permission to call ${call}. Required permissions: ${scopes}`,
    ({ call, scopes }) =>
      `Sie sind nicht berechtigt, ${call} aufzurufen. Erforderliche Berechtigungen: ${scopes}`,
  ),
  noPermissionInCustomFunction: message<{ method: string }>(
    ({ method }) => `You do not have permission to call ${method}`,
    ({ method }) => `Sie sind nicht berechtigt, ${method} aufzurufen`,
  ),
  argumentTooLarge: message<{ key: string }>(
    ({ key }) => `Argument too large: ${key}`,
    ({ key }) => `Argument zu groß: ${key}`,
  ),
  propertyQuota: message(
    () =>
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    () =>
      'Sie haben das Speicherkontingent für Eigenschaften überschritten. Entfernen Sie einige Eigenschaften und versuchen Sie es noch einmal.',
  ),
  invalidPropertyKey: message(
    () => 'Invalid argument: key. Property keys must be non-empty strings.',
    () => 'Ungültiges Argument: key. Schlüssel von Eigenschaften müssen nicht leere Strings sein.',
  ),
  setPropertiesExpectsObject: message(
    () => 'setProperties expects an object of key/value pairs.',
    () => 'setProperties erwartet ein Objekt mit Schlüssel/Wert-Paaren.',
  ),
  mailNoRecipient: message(
    () => 'Failed to send email: no recipient. Pass a "to" address.',
    () => 'E-Mail konnte nicht gesendet werden: kein Empfänger. Geben Sie eine "to"-Adresse an.',
  ),
  invalidEmail: message<{ address: string }>(
    ({ address }) => `Invalid email: ${address}`,
    ({ address }) => `Ungültige E-Mail-Adresse: ${address}`,
  ),
  mailNoSubject: message(
    () => 'Failed to send email: no subject.',
    () => 'E-Mail konnte nicht gesendet werden: kein Betreff.',
  ),
  dailyQuota: message<{ service: string }>(
    ({ service }) => `Service invoked too many times for one day: ${service}.`,
    ({ service }) => `Dienst wurde für einen Tag zu oft aufgerufen: ${service}.`,
  ),
  lockTimeout: message(
    () => 'Lock timeout: another process was holding the lock for too long.',
    () =>
      'Zeitüberschreitung bei der Sperre: Ein anderer Prozess hat die Sperre zu lange gehalten.',
  ),
  tooManyTriggers: message(
    () =>
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    () =>
      'Dieses Skript hat zu viele Trigger. Trigger müssen aus dem Skript gelöscht werden, bevor weitere hinzugefügt werden können.',
  ),
  addonTriggerTooOften: message(
    () =>
      'Add-ons can only create time-based triggers that run at most once per hour. Use everyHours(1) or longer.',
    () =>
      'Add-ons können nur zeitgesteuerte Trigger erstellen, die höchstens einmal pro Stunde ausgeführt werden. Verwenden Sie everyHours(1) oder länger.',
  ),
  everyMinutesValues: message(
    () => 'The value passed to everyMinutes must be 1, 5, 10, 15 or 30.',
    () => 'Der an everyMinutes übergebene Wert muss 1, 5, 10, 15 oder 30 sein.',
  ),
  everyHoursWhole: message(
    () => 'everyHours needs a whole number of hours, at least 1.',
    () => 'everyHours benötigt eine ganze Zahl von Stunden, mindestens 1.',
  ),
  everyDaysWhole: message(
    () => 'everyDays needs a whole number of days, at least 1.',
    () => 'everyDays benötigt eine ganze Zahl von Tagen, mindestens 1.',
  ),
  everyWeeksWhole: message(
    () => 'everyWeeks needs a whole number of weeks, at least 1.',
    () => 'everyWeeks benötigt eine ganze Zahl von Wochen, mindestens 1.',
  ),
  atHourRange: message(
    () => 'atHour needs an hour from 0 to 23.',
    () => 'atHour benötigt eine Stunde von 0 bis 23.',
  ),
  nearMinuteRange: message(
    () => 'nearMinute needs a minute from 0 to 59.',
    () => 'nearMinute benötigt eine Minute von 0 bis 59.',
  ),
  triggerScheduleRequired: message(
    () =>
      'A time-based trigger needs a schedule: call everyHours, everyDays, everyWeeks or at before create().',
    () =>
      'Ein zeitgesteuerter Trigger benötigt einen Zeitplan: Rufen Sie vor create() everyHours, everyDays, everyWeeks oder at auf.',
  ),
  atHourNeedsDays: message(
    () => 'atHour can only be used with everyDays or everyWeeks.',
    () => 'atHour kann nur mit everyDays oder everyWeeks verwendet werden.',
  ),
  triggerEventRequired: message(
    () => 'Choose an event (onOpen, onEdit, onChange) before create().',
    () => 'Wählen Sie vor create() ein Ereignis (onOpen, onEdit, onChange).',
  ),
  oneTriggerPerDocument: message(
    () => 'Each add-on can only have one trigger of each type, per user, per document.',
    () => 'Jedes Add-on kann pro Nutzer und Dokument nur einen Trigger jedes Typs haben.',
  ),
  triggerNeedsFunction: message(
    () => 'newTrigger needs the name of the function the trigger runs.',
    () => 'newTrigger benötigt den Namen der Funktion, die der Trigger ausführt.',
  ),
  deleteTriggerExpectsTrigger: message(
    () => 'deleteTrigger expects a Trigger from getProjectTriggers().',
    () => 'deleteTrigger erwartet einen Trigger aus getProjectTriggers().',
  ),
  formatDateSignature: message<{ types: string }>(
    ({ types }) =>
      `The parameters (${types}) don't match the method signature for Utilities.formatDate: pass a valid Date.`,
    ({ types }) =>
      `Die Parameter (${types}) entsprechen nicht der Methodensignatur für Utilities.formatDate: Übergeben Sie ein gültiges Datum.`,
  ),
  sleepTooLong: message(
    () => 'Utilities.sleep can wait at most 300000 ms (5 minutes).',
    () => 'Utilities.sleep kann höchstens 300000 ms (5 Minuten) warten.',
  ),
  menuItemNeedsFunction: message<{ caption: string; got: string }>(
    ({ caption, got }) => `Menu item "${caption}" needs the name of a function to run, got ${got}.`,
    ({ caption, got }) =>
      `Der Menüeintrag "${caption}" benötigt den Namen einer auszuführenden Funktion, erhalten: ${got}.`,
  ),
  uiExpectsHtmlOutput: message<{ method: string; type: string }>(
    ({ method, type }) => `Ui.${method} expects an HtmlOutput (from HtmlService), not ${type}.`,
    ({ method, type }) => `Ui.${method} erwartet ein HtmlOutput (von HtmlService), nicht ${type}.`,
  ),
};
