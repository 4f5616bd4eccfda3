/**
 * build.js: dist/ holds exactly what clasp pushes, every entry point gets a documented stub, the
 * server is split into Code.js (what every execution loads) and Server.html (read only when a
 * menu action, the sidebar or the review trigger runs), and the build refuses entry points that
 * would break Apps Script or leak private functions.
 */
import fs from 'node:fs';
import { inflateSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { ENTRY_POINTS, type EntryPoint } from '../../src/server/entry-points';
import { CODE_PART_KINDS } from '../../src/server/bundle-parts';

// build.js is the CommonJS script npm runs; load it as such.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildScript = require('../../build.js') as {
  build(options: { outDir: string }): { code: string; server: string; sidebar: string };
  validateEntryPoints(entries: readonly EntryPoint[]): void;
  checkBundle(bundle: string, entries: readonly EntryPoint[]): void;
  checkServerPart(bundle: string, serverHtml: string, entries: readonly EntryPoint[]): void;
  checkServerModules(metafile: Metafile, fileName?: string): void;
  checkCodePartModules(metafile: Metafile): void;
  checkSidebarModules(metafile: Metafile): void;
  serverPartHtml(script: string): string;
  measureServerBundle(): Record<'code' | 'server', ServerFileReport>;
  stub(entry: EntryPoint): string;
  NAMESPACE: string;
};

/** One server file in the size report. */
interface ServerFileReport {
  bytes: number;
  parts: Record<string, number>;
  modules: Array<{ file: string; bytes: number }>;
}

/** The server part's entry points, evaluated from Server.html through Code.js's own loader. */
function evaluateServerPart(code: string, serverHtml: string): Record<string, unknown> {
  const context = {
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => ({
        getContent: () => (name === 'Server' ? serverHtml : ''),
      }),
    },
  };
  const namespace = vm.runInNewContext(`${code}\n;${buildScript.NAMESPACE}`, context) as {
    loadServerPart(): Record<string, unknown>;
  };
  return namespace.loadServerPart();
}

const isCodePartKind = (kind: string): boolean =>
  (CODE_PART_KINDS as readonly string[]).includes(kind);

/** The parts of esbuild's metafile the build reads. */
interface Metafile {
  inputs: Record<string, { imports: Array<{ path: string }> }>;
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** A metafile for a bundle of these modules, each importing the next. */
function metafileOf(chain: string[]): Metafile {
  return {
    inputs: Object.fromEntries(
      chain.map((file, index) => [
        file,
        { imports: chain[index + 1] ? [{ path: chain[index + 1] as string }] : [] },
      ]),
    ),
    outputs: {
      'Code.js': {
        inputs: Object.fromEntries(chain.map((file) => [file, { bytesInOutput: 100 }])),
      },
    },
  };
}

const customFunction: EntryPoint = {
  name: 'KPITEST',
  kind: 'custom-function',
  summary: 'Doubles a value.',
  params: [{ name: 'value', type: 'number', description: 'The value.' }],
  returns: { type: 'number', description: 'Twice the value.' },
};

describe('build.js', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-build-'));
    buildScript.build({ outDir });
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  // clasp pushes every file of dist/. Server.html is the server part beside Code.js: an HTML
  // file, so Apps Script does not load it with the code; Code.js reads it when it is needed.
  it('writes exactly Code.js, Server.html, Sidebar.html and appsscript.json', () => {
    expect(fs.readdirSync(outDir).sort()).toEqual([
      'Code.js',
      'Server.html',
      'Sidebar.html',
      'appsscript.json',
    ]);
  });

  it('copies the manifest with V8, exception logging and only the four scopes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
  });

  it('generates one documented stub per entry point, custom functions marked @customfunction', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    for (const entry of ENTRY_POINTS) {
      const params = entry.params.map((param) => param.name).join(', ');
      const stubStart = code.indexOf(`\nfunction ${entry.name}(${params}) {`);
      expect(stubStart).toBeGreaterThan(0);
      const doc = code.slice(code.lastIndexOf('/**', stubStart), stubStart);
      expect(doc).toContain(entry.summary);
      for (const param of entry.params)
        expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${param.name}\\]?`));
      expect(doc.includes('@customfunction')).toBe(entry.kind === 'custom-function');
      if (entry.kind === 'custom-function') expect(doc).toContain('@return');
    }
  });

  it('inlines the sidebar script and styles into one file with no external references', () => {
    const html = fs.readFileSync(path.join(outDir, 'Sidebar.html'), 'utf8');
    expect(html).toContain('<style>');
    expect(html).toContain('<script>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    expect(html).toContain('data-view="<?= view ?>"');
  });

  it('keeps the role library out of both server parts and ships it in Sidebar.html', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    const server = fs.readFileSync(path.join(outDir, 'Server.html'), 'utf8');
    const html = fs.readFileSync(path.join(outDir, 'Sidebar.html'), 'utf8');
    // A library KPI's definition: content only the sidebar shows.
    const definition = 'Open pipeline value expected to close next quarter';
    expect(code).not.toContain(definition);
    expect(server).not.toContain(definition);
    // Packed and deflated: the text is in the sidebar, in the library's base64 zlib stream.
    expect(html).not.toContain(definition);
    const streams = [...html.matchAll(/"(eN[A-Za-z0-9+/=]{1000,})"/g)].map((match) =>
      inflateSync(Buffer.from(match[1] ?? '', 'base64')).toString('utf8'),
    );
    expect(streams).toHaveLength(1);
    expect(streams[0]).toContain(definition);
    // Packed: the fields are positions, not the family files' named fields.
    expect(streams[0]).not.toContain('"dataSource":"CRM');
    // Edit role, in the server part, still finds where a role started, from the role names alone.
    expect(server).toContain('sales/account-executive');
    expect(code).not.toContain('sales/account-executive');
    const report = buildScript.measureServerBundle();
    const libraryModules = (file: ServerFileReport) =>
      file.modules.filter((module) => module.file.startsWith('src/core/library/'));
    expect(libraryModules(report.server).map((module) => module.file)).toEqual([
      'src/core/library/role-index.ts',
    ]);
    expect(libraryModules(report.code)).toEqual([]);
  });

  it('puts every entry point in exactly one part: custom functions and simple triggers in Code.js', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    const server = fs.readFileSync(path.join(outDir, 'Server.html'), 'utf8');
    const inServer = Object.keys(evaluateServerPart(code, server)).sort();
    const inCode = ENTRY_POINTS.filter((entry) => isCodePartKind(entry.kind)).map((e) => e.name);
    expect(inServer).toEqual(
      ENTRY_POINTS.filter((entry) => !isCodePartKind(entry.kind))
        .map((entry) => entry.name)
        .sort(),
    );
    expect(inCode.filter((name) => inServer.includes(name))).toEqual([]);
    expect([...inCode, ...inServer].sort()).toEqual(ENTRY_POINTS.map((entry) => entry.name).sort());
    expect(inCode).toEqual(expect.arrayContaining(['KPISCORE', 'KPIPACE', 'onOpen', 'onInstall']));
    expect(inServer).toEqual(expect.arrayContaining(['saveRole', 'runScheduledReviews']));
  });

  it('leaves the sidebar API, the menu actions and their schemas out of Code.js', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    const server = fs.readFileSync(path.join(outDir, 'Server.html'), 'utf8');
    // A message of the role-template schema, which only saveRole's validation needs.
    const schemaMessage = 'enter the library role ID, or leave it blank';
    expect(server).toContain(schemaMessage);
    expect(code).not.toContain(schemaMessage);
    const { code: codePart, server: serverPart } = buildScript.measureServerBundle();
    const files = (file: ServerFileReport) => file.modules.map((module) => module.file);
    expect(files(codePart)).not.toContain('src/core/role-template-schema.ts');
    expect(files(serverPart)).toContain('src/core/role-template-schema.ts');
    expect(codePart.parts.valibot).toBe(0);
    // Of the server shell, Code.js holds the custom functions, the menu and the loader alone.
    expect(
      files(codePart)
        .filter((file) => file.startsWith('src/server/'))
        .sort(),
    ).toEqual([
      'src/server/bundle-parts.ts',
      'src/server/code-entries.ts',
      'src/server/custom-functions.ts',
      'src/server/index.ts',
      'src/server/menu.ts',
      'src/server/server-part-loader.ts',
    ]);
  });

  it('reports both server files by part, each adding up to the file', () => {
    const report = buildScript.measureServerBundle();
    const files = {
      code: fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8'),
      server: fs.readFileSync(path.join(outDir, 'Server.html'), 'utf8'),
    };
    for (const part of ['core', 'server', 'stubs'])
      expect(report.code.parts[part]).toBeGreaterThan(0);
    for (const part of ['core', 'server', 'valibot'])
      expect(report.server.parts[part]).toBeGreaterThan(0);
    // Every stub is in Code.js: only .gs code can define the functions Sheets and menus call.
    expect(report.server.parts.stubs).toBeUndefined();
    for (const name of ['code', 'server'] as const) {
      const total = Object.values(report[name].parts).reduce((sum, bytes) => sum + bytes, 0);
      expect(total).toBe(Buffer.byteLength(files[name]));
      expect(report[name].bytes).toBe(Buffer.byteLength(files[name]));
    }
  });

  it('refuses a server bundle that holds the role library, naming the import that pulls it in', () => {
    const metafile = metafileOf([
      'src/server/index.ts',
      'src/server/roles-api.ts',
      'src/core/library/index.ts',
      'src/core/library/sales.ts',
    ]);
    expect(() => buildScript.checkServerModules(metafile)).toThrow(
      /role library's content is in Code\.js \(2 modules\), imported through src\/core\/library\/index\.ts ← src\/server\/roles-api\.ts ← src\/server\/index\.ts\. .*use src\/core\/library\/role-index\.ts/,
    );
  });

  it('lets the server bundle the library role index, which holds names only', () => {
    const metafile = metafileOf([
      'src/server/index.ts',
      'src/server/roles-api.ts',
      'src/core/library/role-index.ts',
    ]);
    expect(() => buildScript.checkServerModules(metafile)).not.toThrow();
  });

  it('refuses a sidebar bundle that carries a family file beside the packed library', () => {
    const metafile = metafileOf([
      'src/client/main.ts',
      'src/core/library/index.ts',
      'src/core/library/sales.ts',
    ]);
    expect(() => buildScript.checkSidebarModules(metafile)).toThrow(
      /carries the role library twice: src\/core\/library\/sales\.ts beside its packed copy.*plain data/,
    );
    const packedOnly = metafileOf(['src/client/main.ts', 'src/core/library/index.ts']);
    expect(() => buildScript.checkSidebarModules(packedOnly)).not.toThrow();
  });

  it('refuses an entry point whose name ends in "_"', () => {
    expect(() => buildScript.validateEntryPoints([{ ...customFunction, name: 'helper_' }])).toThrow(
      /ending in "_" are private/,
    );
  });

  it('refuses an entry point without a JSDoc summary or parameter description', () => {
    expect(() => buildScript.validateEntryPoints([{ ...customFunction, summary: ' ' }])).toThrow(
      /has no JSDoc summary/,
    );
    expect(() =>
      buildScript.validateEntryPoints([
        { ...customFunction, params: [{ name: 'value', type: 'number', description: '' }] },
      ]),
    ).toThrow(/needs a type and a description/);
  });

  it('refuses a custom function without @return or a capitalised name', () => {
    const { returns: _returns, ...withoutReturn } = customFunction;
    expect(() => buildScript.validateEntryPoints([withoutReturn])).toThrow(/need an @return/);
    expect(() => buildScript.validateEntryPoints([{ ...customFunction, name: 'kpiTest' }])).toThrow(
      /named in capitals/,
    );
  });

  it('refuses a bundle whose entry points disagree with the list', () => {
    const bundle = `var ${buildScript.NAMESPACE} = { entryPoints: { KPITEST() {}, extra() {} } };`;
    expect(() =>
      buildScript.checkBundle(bundle, [customFunction, { ...customFunction, name: 'KPIOTHER' }]),
    ).toThrow(/Listed but not implemented: KPIOTHER\. Implemented but not listed: extra\./);
  });

  it('refuses a bundle that calls a service while loading', () => {
    const bundle = `SpreadsheetApp.getActive(); var ${buildScript.NAMESPACE} = { entryPoints: { KPITEST() {} } };`;
    expect(() => buildScript.checkBundle(bundle, [customFunction])).toThrow(
      /fails when loaded without Apps Script services.*Move service calls out of module top level/,
    );
  });

  describe('the server part', () => {
    const serverEntryPoint: EntryPoint = {
      name: 'showTest',
      kind: 'menu',
      summary: 'Opens the test view.',
      params: [],
    };
    let code: string;
    beforeAll(() => {
      code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    });
    /** A Server.html whose script runs `top` and then defines these entry points. */
    const serverHtml = (top: string, names: string[]) =>
      buildScript.serverPartHtml(
        `${top}var KpiFrameworkBuilderServer_ = { serverEntries: { ${names
          .map((name) => `${name}() { return '${name}'; }`)
          .join(', ')} } };`,
      );

    it('accepts a part whose entry points are exactly the listed ones', () => {
      expect(() =>
        buildScript.checkServerPart(code, serverHtml('', ['showTest']), [serverEntryPoint]),
      ).not.toThrow();
    });

    it('refuses a part that calls a service while it is evaluated', () => {
      expect(() =>
        buildScript.checkServerPart(code, serverHtml('SpreadsheetApp.getActive();', ['showTest']), [
          serverEntryPoint,
        ]),
      ).toThrow(
        /Server\.html fails when evaluated without Apps Script services \(SpreadsheetApp is not defined\).*only inside functions/,
      );
      // HtmlService is there for the loader's one read, and for nothing else.
      expect(() =>
        buildScript.checkServerPart(
          code,
          serverHtml("HtmlService.createHtmlOutputFromFile('Sidebar');", ['showTest']),
          [serverEntryPoint],
        ),
      ).toThrow(/fails when evaluated without Apps Script services \(HtmlService was called again/);
    });

    it('refuses a part whose entry points disagree with the list', () => {
      expect(() =>
        buildScript.checkServerPart(code, serverHtml('', ['showTest', 'extra']), [
          serverEntryPoint,
          { ...serverEntryPoint, name: 'showOther' },
        ]),
      ).toThrow(
        /server-entries\.ts and src\/server\/entry-points\.ts disagree about Server\.html\. Listed but not implemented: showOther\. Implemented but not listed: extra\./,
      );
    });

    it('refuses a Code.js that bundles the server part', () => {
      const bundled = metafileOf([
        'src/server/index.ts',
        'src/server/server-entries.ts',
        'src/server/sidebar.ts',
      ]);
      expect(() => buildScript.checkCodePartModules(bundled)).toThrow(
        /Code\.js bundles src\/server\/server-entries\.ts.*import type/,
      );
      const loaderOnly = metafileOf(['src/server/index.ts', 'src/server/server-part-loader.ts']);
      expect(() => buildScript.checkCodePartModules(loaderOnly)).not.toThrow();
    });

    it('refuses the role library in Server.html too', () => {
      const metafile = metafileOf([
        'src/server/server-entries.ts',
        'src/core/library/index.ts',
        'src/core/library/sales.ts',
      ]);
      expect(() => buildScript.checkServerModules(metafile, 'Server.html')).toThrow(
        /role library's content is in Server\.html \(2 modules\)/,
      );
    });

    it('refuses scriptlet markers, which HtmlService would evaluate in a template', () => {
      expect(() => buildScript.serverPartHtml('var xml = "<?xml";')).toThrow(
        /server part contains "<\?" or "\?>".*two pieces/,
      );
    });

    it('keeps "</script" inside the code from closing its script element', () => {
      const html = buildScript.serverPartHtml(
        'var KpiFrameworkBuilderServer_ = { serverEntries: { showTest() { return "</script>"; } } };',
      );
      expect(html.match(/<\/script>/g)).toHaveLength(1);
      const entries = evaluateServerPart(code, html) as { showTest(): string };
      expect(entries.showTest()).toBe('</script>');
    });
  });

  it('writes stubs that pass every argument through to the bundle', () => {
    expect(buildScript.stub(customFunction)).toContain(
      `function KPITEST(value) {\n  return ${buildScript.NAMESPACE}.entryPoints.KPITEST(value);\n}`,
    );
  });
});
