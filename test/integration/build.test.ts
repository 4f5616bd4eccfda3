/**
 * build.js: dist/ holds exactly what clasp pushes, every entry point gets a documented stub, and
 * the build refuses entry points that would break Apps Script or leak private functions.
 */
import fs from 'node:fs';
import { inflateSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { ENTRY_POINTS, type EntryPoint } from '../../src/server/entry-points';

// build.js is the CommonJS script npm runs; load it as such.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildScript = require('../../build.js') as {
  build(options: { outDir: string }): { code: string; sidebar: string };
  validateEntryPoints(entries: readonly EntryPoint[]): void;
  checkBundle(bundle: string, entries: readonly EntryPoint[]): void;
  checkServerModules(metafile: Metafile): void;
  checkSidebarModules(metafile: Metafile): void;
  measureServerBundle(): {
    parts: Record<string, number>;
    modules: Array<{ file: string; bytes: number }>;
  };
  stub(entry: EntryPoint): string;
  NAMESPACE: string;
};

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

  it('writes exactly Code.js, Sidebar.html and appsscript.json', () => {
    expect(fs.readdirSync(outDir).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
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

  it('keeps the role library out of Code.js and ships it in Sidebar.html', () => {
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    const html = fs.readFileSync(path.join(outDir, 'Sidebar.html'), 'utf8');
    // A library KPI's definition: content only the sidebar shows.
    const definition = 'Open pipeline value expected to close next quarter';
    expect(code).not.toContain(definition);
    // Packed and deflated: the text is in the sidebar, in the library's base64 zlib stream.
    expect(html).not.toContain(definition);
    const streams = [...html.matchAll(/"(eN[A-Za-z0-9+/=]{1000,})"/g)].map((match) =>
      inflateSync(Buffer.from(match[1] ?? '', 'base64')).toString('utf8'),
    );
    expect(streams).toHaveLength(1);
    expect(streams[0]).toContain(definition);
    // Packed: the fields are positions, not the family files' named fields.
    expect(streams[0]).not.toContain('"dataSource":"CRM');
    // Edit role still finds where a role started, from the role names alone.
    expect(code).toContain('sales/account-executive');
    const libraryModules = buildScript
      .measureServerBundle()
      .modules.filter((module) => module.file.startsWith('src/core/library/'));
    expect(libraryModules.map((module) => module.file)).toEqual(['src/core/library/role-index.ts']);
  });

  it('reports the server bundle by part: core, server, valibot and stubs', () => {
    const { parts } = buildScript.measureServerBundle();
    const code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
    for (const part of ['core', 'server', 'valibot', 'stubs'])
      expect(parts[part]).toBeGreaterThan(0);
    const total = Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
    // The parts add up to the file, less its one-line header and the line breaks between parts.
    expect(Math.abs(Buffer.byteLength(code) - total)).toBeLessThan(200);
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

  it('writes stubs that pass every argument through to the bundle', () => {
    expect(buildScript.stub(customFunction)).toContain(
      `function KPITEST(value) {\n  return ${buildScript.NAMESPACE}.entryPoints.KPITEST(value);\n}`,
    );
  });
});
