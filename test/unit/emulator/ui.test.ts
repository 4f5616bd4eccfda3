import { appsScriptGlobals, createEmulator } from '../../../emulator';

function setUp() {
  const emu = createEmulator({
    htmlFiles: {
      Sidebar: '<body data-view="<?= view ?>"><?!= raw ?><? if (show) { ?>shown<? } ?></body>',
    },
  });
  emu.createSpreadsheet('Team KPIs');
  return { emu, g: appsScriptGlobals(emu) };
}

describe('HtmlService', () => {
  it('evaluates templates: escaped and raw output and code scriptlets', () => {
    const { g } = setUp();
    const template = g.HtmlService.createTemplateFromFile('Sidebar');
    template.view = '"><script>';
    template.raw = '<b>bold</b>';
    template.show = true;
    expect(template.evaluate().getContent()).toBe(
      '<body data-view="&quot;&gt;&lt;script&gt;"><b>bold</b>shown</body>',
    );
  });

  it('says which template variable is missing', () => {
    const { g } = setUp();
    expect(() => g.HtmlService.createTemplateFromFile('Sidebar').evaluate()).toThrow(
      /view is not defined/,
    );
  });

  it('returns a file as-is from createHtmlOutputFromFile and fails for an unknown file', () => {
    const { g } = setUp();
    expect(g.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toContain('<?= view ?>');
    expect(() => g.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(/No HTML file named Nope/);
  });

  it('builds outputs with title, size and appended content', () => {
    const { g } = setUp();
    const output = g.HtmlService.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .setTitle('Help')
      .setWidth(400);
    expect([output.getContent(), output.getTitle(), output.getWidth()]).toEqual([
      '<p>a</p><p>b</p>',
      'Help',
      400,
    ]);
  });
});

describe('Ui', () => {
  it('records sidebars, dialogs and menus with sub-menus', () => {
    const { emu, g } = setUp();
    const ui = g.SpreadsheetApp.getUi();
    ui.showSidebar(g.HtmlService.createHtmlOutput('<p>side</p>').setTitle('KPI'));
    ui.showModalDialog(g.HtmlService.createHtmlOutput('<p>modal</p>'), 'Import');
    ui.createMenu('Tools').addSubMenu(ui.createMenu('More').addItem('Help', 'showHelp')).addToUi();
    expect(emu.ui.sidebars).toEqual([{ html: '<p>side</p>', title: 'KPI' }]);
    expect(emu.ui.dialogs[0]).toMatchObject({ html: '<p>modal</p>', title: 'Import', modal: true });
    expect(emu.ui.menus[0]).toMatchObject({ title: 'Tools', addon: false });
  });

  it('answers alerts and prompts from queued responses, else the first button', () => {
    const { emu, g } = setUp();
    const ui = g.SpreadsheetApp.getUi();
    expect(ui.alert('Turn reminders on?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    emu.ui.queueAlertResponse('NO');
    expect(ui.alert('Replace the sheet?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    emu.ui.queueAlertResponse('OK', 'Sales Lead');
    const response = ui.prompt('Role name', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([
      'OK',
      'Sales Lead',
    ]);
    expect(emu.ui.alerts.map((alert) => alert.prompt)).toEqual([
      'Turn reminders on?',
      'Replace the sheet?',
    ]);
  });
});
