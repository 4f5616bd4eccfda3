#!/usr/bin/env node
/**
 * Builds dist/ — exactly what `clasp push` sends:
 *   Code.js         the custom functions, the simple triggers, a loader for the rest (one namespace
 *                   object) + a generated, documented top-level stub for every entry point
 *   Server.html     the rest of the server: menu actions, sidebar API, review trigger
 *   Sidebar.html    the sidebar with its script and CSS inlined
 *   appsscript.json the manifest
 *
 * Decisions:
 * - The server is split in two because Apps Script loads all .gs code in every execution, and
 *   every custom-function cell is an execution: Code.js must stay small (≤ 120 KB) as
 *   the menu actions and sidebar API grow. HTML files are not loaded with the code, so the rest
 *   of the server ships as Server.html, a script in an HTML file, which Code.js reads with
 *   HtmlService and evaluates on the first call of one of its entry points, once per execution
 *   (src/server/server-part-loader.ts). A custom-function execution never evaluates it.
 * - Which part implements an entry point follows from its kind (src/server/bundle-parts.ts):
 *   custom functions, and the simple triggers, which run in AuthMode.NONE where HtmlService may
 *   not be callable, stay in Code.js. Core modules both parts use are bundled into both.
 * - Both parts are checked without Apps Script services: Code.js is loaded in an empty context,
 *   then Server.html is evaluated through Code.js's own loader with nothing but the one
 *   HtmlService read it makes; each part's entry points must match the list exactly.
 *
 * Usage: node build.js [--out DIR]
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');
const { isDeepStrictEqual } = require('node:util');
const esbuild = require('esbuild');

const ROOT = __dirname;
const NAMESPACE = 'KpiFrameworkBuilder_';
/** Apps Script's V8 runtime understands ES2020 syntax reliably; newer syntax is lowered. */
const SERVER_TARGET = 'es2020';

class BuildError extends Error {}

function parseArgs(argv) {
  const outIndex = argv.indexOf('--out');
  return { outDir: path.resolve(ROOT, outIndex >= 0 ? argv[outIndex + 1] : 'dist') };
}

/** Loads a TypeScript module of plain data (no Apps Script globals) into this process. */
function loadTypeScriptModule(file) {
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, file)],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(
    module,
    module.exports,
    require,
  );
  return module.exports;
}

const IDENTIFIER = /^[A-Za-z$][A-Za-z0-9$]*$/;

function validateEntryPoints(entryPoints) {
  const problems = [];
  const seen = new Set();
  for (const entry of entryPoints) {
    const where = `Entry point "${entry.name}"`;
    if (!IDENTIFIER.test(entry.name)) problems.push(`${where}: not a plain JavaScript identifier.`);
    if (entry.name.endsWith('_'))
      problems.push(`${where}: names ending in "_" are private in Apps Script; rename it.`);
    if (seen.has(entry.name)) problems.push(`${where}: listed twice.`);
    seen.add(entry.name);
    if (!entry.summary || !entry.summary.trim())
      problems.push(`${where}: has no JSDoc summary; add one in src/server/entry-points.ts.`);
    for (const param of entry.params) {
      if (!IDENTIFIER.test(param.name.replace(/_/g, 'a')))
        problems.push(`${where}: parameter "${param.name}" is not an identifier.`);
      if (!param.type || !param.description || !param.description.trim())
        problems.push(`${where}: parameter "${param.name}" needs a type and a description.`);
    }
    if (entry.kind === 'custom-function') {
      if (!/^[A-Z][A-Z0-9]*$/.test(entry.name))
        problems.push(`${where}: custom functions are named in capitals, like KPISCORE.`);
      if (!entry.returns) problems.push(`${where}: custom functions need an @return description.`);
    }
  }
  if (problems.length)
    throw new BuildError(`Entry points are not valid:\n  - ${problems.join('\n  - ')}`);
}

function jsdoc(entry) {
  const lines = [entry.summary];
  if (entry.example) lines.push('', 'Example: =' + entry.example);
  lines.push('');
  for (const param of entry.params) {
    const name = param.optional ? `[${param.name}]` : param.name;
    lines.push(`@param {${param.type}} ${name} ${param.description}`);
  }
  if (entry.returns) lines.push(`@return {${entry.returns.type}} ${entry.returns.description}`);
  if (entry.kind === 'custom-function') lines.push('@customfunction');
  return ['/**', ...lines.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join('\n');
}

function stub(entry) {
  const params = entry.params.map((param) => param.name).join(', ');
  return `${jsdoc(entry)}\nfunction ${entry.name}(${params}) {\n  return ${NAMESPACE}.entryPoints.${entry.name}(${params});\n}\n`;
}

/** What both server parts are built with; `entry` is relative to the repository root. */
function serverBuildOptions(entry) {
  return {
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: SERVER_TARGET,
    // Full minification: every custom-function execution parses all of Code.js, and local names
    // were no help in a bundle that is one line anyway. The namespace, its entry points and the
    // generated stubs keep their names, which is all Apps Script and Sheets see.
    minifySyntax: true,
    minifyWhitespace: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  };
}

/** The split as src/server/bundle-parts.ts defines it: each entry point in exactly one part. */
function loadBundleParts(entryPoints) {
  const parts = loadTypeScriptModule('src/server/bundle-parts.ts');
  const inCode = (entry) => parts.CODE_PART_KINDS.includes(entry.kind);
  return {
    serverFile: parts.SERVER_PART_FILE,
    serverNamespace: parts.SERVER_PART_NAMESPACE,
    codeEntries: entryPoints.filter(inCode),
    serverEntries: entryPoints.filter((entry) => !inCode(entry)),
  };
}

/**
 * Code.js's bundle text and esbuild's metafile (which module put how many bytes into it).
 * Module paths in the metafile are relative to the repository root.
 */
function bundleCodePart(split) {
  const result = esbuild.buildSync({
    ...serverBuildOptions('src/server/index.ts'),
    globalName: NAMESPACE,
    define: {
      SERVER_PART_ENTRY_NAMES: JSON.stringify(split.serverEntries.map((entry) => entry.name)),
    },
  });
  return { text: result.outputFiles[0].text, metafile: result.metafile };
}

/** The server part's script (before it is wrapped into Server.html) and its metafile. */
function bundleServerPart(split) {
  const result = esbuild.buildSync({
    ...serverBuildOptions('src/server/server-entries.ts'),
    globalName: split.serverNamespace,
  });
  return { text: result.outputFiles[0].text, metafile: result.metafile };
}

/**
 * Server.html: the server part's script in one <script> element, so the file is well-formed
 * HTML whatever the code holds. HtmlService never evaluates an HtmlOutput's scriptlets, but the
 * build refuses "<?" and "?>" as it does for the sidebar, should the file ever be opened as a
 * template; "</script" inside the code is escaped (it only occurs in strings and regexes, where
 * "<\/script" means the same).
 */
function serverPartHtml(script) {
  if (/<\?|\?>/.test(script))
    throw new BuildError(
      `The server part contains "<?" or "?>", which HtmlService would evaluate in a template. ` +
        'Build the string from two pieces, e.g. "<" + "?".',
    );
  const safeScript = script.replace(/<\/script/gi, '<\\/script');
  return (
    `<!-- KPI Framework Builder server part, read by Code.js — generated by build.js; edit src/ instead. -->\n` +
    `<script>\n${safeScript}\n</script>\n`
  );
}

/**
 * The only library module the server may bundle: role names and IDs, for Edit role. Everything
 * else under src/core/library is content the sidebar shows and carries itself.
 */
const SERVER_LIBRARY_MODULES = ['src/core/library/role-index.ts'];

/** The module paths (relative to the root, with "/") that went into the one output file. */
function bundledModules(metafile) {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs).map(([file, input]) => ({
    file: file.split(path.sep).join('/'),
    bytes: input.bytesInOutput,
  }));
}

/**
 * Refuses a server bundle that holds the role library's content: every custom-function execution
 * loads all of Code.js, so the library's texts would slow every score, and in Server.html they
 * would slow every menu action and sidebar call. Names the import chain so the offending import
 * is easy to find.
 */
function checkServerModules(metafile, fileName = 'Code.js') {
  const importers = new Map();
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imported of input.imports) {
      if (!importers.has(imported.path)) importers.set(imported.path, file);
    }
  }
  const chain = (file) => {
    const links = [file];
    for (let at = importers.get(file); at && links.length < 8; at = importers.get(at))
      links.push(at);
    return links.join(' ← ');
  };
  const inLibrary = (file) => file.startsWith('src/core/library/');
  const leaked = bundledModules(metafile)
    .map((module) => module.file)
    .filter((file) => inLibrary(file) && !SERVER_LIBRARY_MODULES.includes(file));
  if (leaked.length) {
    // Name where the server reaches into the library, not every module behind that import.
    const doors = new Set(
      leaked.map((file) => {
        let door = file;
        for (let at = importers.get(file); at && inLibrary(at); at = importers.get(at)) door = at;
        return chain(door);
      }),
    );
    throw new BuildError(
      `The role library's content is in ${fileName} (${leaked.length} module${leaked.length === 1 ? '' : 's'}), ` +
        `imported through ${[...doors].join('; ')}. ` +
        'The library ships in Sidebar.html only; on the server, use src/core/library/role-index.ts.',
    );
  }
}

/** Which part of the code base a bundled module belongs to, for the size report. */
function partOf(file) {
  if (/(^|\/)node_modules\/valibot\//.test(file)) return 'valibot';
  if (/(^|\/)node_modules\//.test(file)) return 'other packages';
  if (file.startsWith('src/core/')) return 'core';
  if (file.startsWith('src/server/')) return 'server';
  // The loader's list of server-part entry points, which bundleCodePart puts in with `define`.
  if (file === '<define:SERVER_PART_ENTRY_NAMES>') return 'server';
  return 'other';
}

/**
 * A server file's size by part — core, server, valibot (and any other package), the generated
 * stubs, and the wrapper (esbuild's IIFE and helpers, and Server.html's HTML around the script) —
 * in bytes, from the metafile.
 *
 * @example serverBundleParts(metafile, file, stubs) // { core: 61234, server: 40210, valibot: 5120, stubs: 4100, wrapper: 900 }
 */
function serverBundleParts(metafile, file, stubs = '') {
  const parts = { core: 0, server: 0, valibot: 0 };
  let modules = 0;
  for (const module of bundledModules(metafile)) {
    const part = partOf(module.file);
    parts[part] = (parts[part] ?? 0) + module.bytes;
    modules += module.bytes;
  }
  if (stubs) parts.stubs = Buffer.byteLength(stubs);
  // What the file holds beyond its modules and stubs.
  parts.wrapper = Buffer.byteLength(file) - modules - Buffer.byteLength(stubs);
  return parts;
}

/**
 * Builds both server parts in memory as build() writes them.
 *
 * @example buildServerParts(ENTRY_POINTS).code.text // the text of Code.js
 */
function buildServerParts(entryPoints) {
  const split = loadBundleParts(entryPoints);
  const codePart = bundleCodePart(split);
  const serverPart = bundleServerPart(split);
  const stubs = entryPoints.map(stub).join('\n');
  const header = '// KPI Framework Builder — generated by build.js; edit src/ instead.\n';
  return {
    split,
    code: {
      bundle: codePart.text,
      metafile: codePart.metafile,
      stubs,
      text: `${header}${codePart.text}\n${stubs}`,
    },
    server: { metafile: serverPart.metafile, text: serverPartHtml(serverPart.text) },
  };
}

/**
 * Builds both server parts in memory and reports each by part, for `npm run bench`: `code` is
 * what every execution loads (Code.js), `server` what menu actions, the sidebar and the review
 * trigger load besides (Server.html).
 *
 * @example measureServerBundle().code.parts.core // bytes of src/core in Code.js
 */
function measureServerBundle() {
  const { ENTRY_POINTS } = loadTypeScriptModule('src/server/entry-points.ts');
  const { code, server } = buildServerParts(ENTRY_POINTS);
  const report = (part, stubs) => ({
    bytes: Buffer.byteLength(part.text),
    parts: serverBundleParts(part.metafile, part.text, stubs),
    modules: bundledModules(part.metafile).sort((a, b) => b.bytes - a.bytes),
  });
  return { code: report(code, code.stubs), server: report(server) };
}

/**
 * Runs the bundle in an empty context, the way Apps Script loads it: any service call at top
 * level throws here, and the namespace's entry points must match the list exactly.
 */
function checkBundle(bundle, entryPoints) {
  const namespace = loadCodePart(bundle, {});
  checkEntries(namespace.entryPoints, entryPoints, 'src/server/index.ts', 'Code.js');
}

/** Code.js's namespace, loaded into `context`; a service call at top level fails the build. */
function loadCodePart(bundle, context) {
  try {
    return vm.runInNewContext(`${bundle}\n;${NAMESPACE}`, context, { filename: 'Code.js' });
  } catch (error) {
    throw new BuildError(
      `The server bundle fails when loaded without Apps Script services (${error.message}). ` +
        'Move service calls out of module top level into functions.',
    );
  }
}

/** Refuses a map of entry points that is not exactly these entry points, all functions. */
function checkEntries(implementation, entryPoints, mapFile, partFile) {
  const implemented = Object.keys(implementation || {}).sort();
  const listed = entryPoints.map((entry) => entry.name).sort();
  const missing = listed.filter((name) => !implemented.includes(name));
  const extra = implemented.filter((name) => !listed.includes(name));
  if (missing.length || extra.length) {
    throw new BuildError(
      `${mapFile} and src/server/entry-points.ts disagree about ${partFile}.` +
        (missing.length ? ` Listed but not implemented: ${missing.join(', ')}.` : '') +
        (extra.length ? ` Implemented but not listed: ${extra.join(', ')}.` : ''),
    );
  }
  for (const name of implemented) {
    if (typeof implementation[name] !== 'function')
      throw new BuildError(`${name} in ${mapFile} is not a function.`);
  }
}

/**
 * Evaluates Server.html through Code.js's own loader in an empty context whose only service is
 * the one HtmlService read the loader makes: a service call while the part evaluates throws
 * here, the part's entry points must be exactly `serverEntryPoints`, and a second load in the
 * same execution must reuse the first instead of reading the file again.
 */
function checkServerPart(bundle, serverHtml, serverEntryPoints, serverFile = 'Server') {
  let reads = 0;
  const HtmlService = {
    createHtmlOutputFromFile(name) {
      reads += 1;
      if (reads > 1) throw new Error(`HtmlService was called again (reading ${name})`);
      if (name !== serverFile) throw new Error(`the loader read "${name}", not "${serverFile}"`);
      return { getContent: () => serverHtml };
    },
  };
  const namespace = loadCodePart(bundle, { HtmlService });
  let entries;
  try {
    entries = namespace.loadServerPart();
  } catch (error) {
    throw new BuildError(
      `${serverFile}.html fails when evaluated without Apps Script services (${error.message}). ` +
        'The server part may call services only inside functions: move the call out of module top level.',
    );
  }
  checkEntries(entries, serverEntryPoints, 'src/server/server-entries.ts', `${serverFile}.html`);
  try {
    if (namespace.loadServerPart() !== entries) throw new Error('it evaluated the part again');
  } catch (error) {
    throw new BuildError(
      `Code.js loads ${serverFile}.html more than once in an execution (${error.message}); ` +
        'src/server/server-part-loader.ts must keep the evaluated part.',
    );
  }
}

/**
 * Refuses a Code.js that bundles the server part's entry map, which would put every menu action
 * and sidebar function back into each custom-function execution.
 */
function checkCodePartModules(metafile) {
  const modules = bundledModules(metafile).map((module) => module.file);
  if (modules.includes('src/server/server-entries.ts'))
    throw new BuildError(
      'Code.js bundles src/server/server-entries.ts, so every custom-function execution would ' +
        'load the whole server. Import it as a type only (import type), as server-part-loader.ts does.',
    );
}

/**
 * The role library packed for the sidebar (see src/core/library/packed-library.ts), checked to
 * unpack to exactly the library the family files define.
 */
function packedRoleLibrary() {
  const { ROLE_LIBRARY } = loadTypeScriptModule('src/core/library/index.ts');
  const { packLibrary, unpackLibrary } = loadTypeScriptModule('src/core/library/packed-library.ts');
  const packed = packLibrary(ROLE_LIBRARY);
  if (!isDeepStrictEqual(unpackLibrary(JSON.parse(JSON.stringify(packed))), ROLE_LIBRARY)) {
    throw new BuildError(
      'The packed role library does not unpack to the library: a KPI field is missing from ' +
        'KPI_FIELDS in src/core/library/packed-library.ts.',
    );
  }
  return packed;
}

/**
 * The packed library deflated and written in base64, as the sidebar inflates it (fflate's
 * unzlibSync reads the zlib stream Node writes); checked to inflate back exactly.
 */
function deflatedRoleLibrary() {
  const json = JSON.stringify(packedRoleLibrary());
  const base64 = zlib.deflateSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64');
  if (zlib.inflateSync(Buffer.from(base64, 'base64')).toString('utf8') !== json) {
    throw new BuildError('The deflated role library does not inflate back to the packed library.');
  }
  return base64;
}

/** Library modules that may be in the sidebar bundle beside the packed library. */
const SIDEBAR_LIBRARY_MODULES = [
  'src/core/library/index.ts',
  'src/core/library/packed-library.ts',
  'src/core/library/define-role.ts',
];

/**
 * Refuses a sidebar bundle that carries the family files as well as their packed copy, which
 * happens when a family file stops being plain data (a function call cannot be left out).
 */
function checkSidebarModules(metafile) {
  const doubled = bundledModules(metafile).filter(
    (module) =>
      module.file.startsWith('src/core/library/') &&
      module.bytes > 0 &&
      !SIDEBAR_LIBRARY_MODULES.includes(module.file),
  );
  if (doubled.length) {
    throw new BuildError(
      `Sidebar.html carries the role library twice: ${doubled.map((module) => module.file).join(', ')} ` +
        'beside its packed copy. Keep family files plain data (no function calls at top level).',
    );
  }
}

function buildSidebar() {
  const bundled = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/client/main.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    // Preact's automatic JSX runtime: components are .tsx, no React import, ~10 KB in total.
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // The library ships packed; the family files themselves drop out of the bundle.
    define: {
      PACKED_ROLE_LIBRARY: JSON.stringify(deflatedRoleLibrary()),
      ROLE_LIBRARY_IS_PACKED: 'true',
    },
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  checkSidebarModules(bundled.metafile);
  const script = bundled.outputFiles[0].text;
  const style = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/client/styles.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
  }).outputFiles[0].text;
  const template = fs.readFileSync(path.join(ROOT, 'src/client/sidebar.html'), 'utf8');
  // HtmlService evaluates <? ?> scriptlets in the template; inlined code must not contain any.
  for (const [name, text] of [
    ['script', script],
    ['CSS', style],
  ]) {
    if (/<\?|\?>/.test(text))
      throw new BuildError(
        `The sidebar ${name} contains "<?" or "?>", which HtmlService would evaluate.`,
      );
  }
  const safeScript = script.replace(/<\/script/gi, '<\\/script');
  const html = template
    .replace('<!-- inline:css -->', () => `<style>${style}</style>`)
    .replace('<!-- inline:js -->', () => `<script>${safeScript}</script>`);
  if (html.includes('<!-- inline:'))
    throw new BuildError('src/client/sidebar.html has an unknown inline marker.');
  return html;
}

function build({ outDir }) {
  const { ENTRY_POINTS } = loadTypeScriptModule('src/server/entry-points.ts');
  validateEntryPoints(ENTRY_POINTS);
  const { split, code, server } = buildServerParts(ENTRY_POINTS);
  checkServerModules(code.metafile, 'Code.js');
  checkServerModules(server.metafile, `${split.serverFile}.html`);
  checkCodePartModules(code.metafile);
  checkBundle(code.bundle, ENTRY_POINTS);
  checkServerPart(code.bundle, server.text, split.serverEntries, split.serverFile);
  const sidebar = buildSidebar();
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'Code.js'), code.text);
  fs.writeFileSync(path.join(outDir, `${split.serverFile}.html`), server.text);
  fs.writeFileSync(path.join(outDir, 'Sidebar.html'), sidebar);
  fs.writeFileSync(path.join(outDir, 'appsscript.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { code: code.text, server: server.text, sidebar };
}

if (require.main === module) {
  try {
    const started = Date.now();
    const { code, server, sidebar } = build(parseArgs(process.argv.slice(2)));
    const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
    console.log(
      `Built dist/ in ${Date.now() - started} ms: Code.js ${kb(code)}, Server.html ${kb(server)}, ` +
        `Sidebar.html ${kb(sidebar)}, appsscript.json.`,
    );
  } catch (error) {
    if (error instanceof BuildError || (error && Array.isArray(error.errors))) {
      console.error(`Build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

module.exports = {
  build,
  BuildError,
  NAMESPACE,
  validateEntryPoints,
  checkBundle,
  checkServerPart,
  checkServerModules,
  checkCodePartModules,
  checkSidebarModules,
  serverPartHtml,
  measureServerBundle,
  stub,
};
