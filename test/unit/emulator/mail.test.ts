import { appsScriptGlobals, createEmulator } from '../../../emulator';

describe('mail', () => {
  it('records mail in both call forms and spends quota per recipient', () => {
    const emu = createEmulator({ mailQuota: 5 });
    const g = appsScriptGlobals(emu);
    g.MailApp.sendEmail('owner@example.com', 'KPIs due', 'Two KPIs are due.');
    g.MailApp.sendEmail({
      to: 'a@example.com,b@example.com',
      subject: 'Digest',
      body: 'text',
      htmlBody: '<p>html</p>',
      name: 'KPI Framework Builder',
    });
    expect(emu.mail.sent).toEqual([
      { to: 'owner@example.com', subject: 'KPIs due', body: 'Two KPIs are due.' },
      {
        to: 'a@example.com,b@example.com',
        subject: 'Digest',
        body: 'text',
        htmlBody: '<p>html</p>',
        name: 'KPI Framework Builder',
      },
    ]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(2);
  });

  it('throws once the daily quota is spent', () => {
    const emu = createEmulator({ mailQuota: 1 });
    const g = appsScriptGlobals(emu);
    g.MailApp.sendEmail('a@example.com', 's', 'b');
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    emu.mail.setQuota(10);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(10);
  });

  it('rejects an invalid address', () => {
    const g = appsScriptGlobals(createEmulator());
    expect(() => g.MailApp.sendEmail('not an address', 's', 'b')).toThrow(
      'Invalid email: not an address',
    );
  });

  it('needs the send_mail scope', () => {
    const g = appsScriptGlobals(createEmulator({ manifest: { oauthScopes: [] } }));
    expect(() => g.MailApp.getRemainingDailyQuota()).toThrow(/script\.send_mail/);
  });
});
