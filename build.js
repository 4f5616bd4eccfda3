#!/usr/bin/env node
/**
 * Builds dist/ — exactly what `clasp push` sends:
 *   Code.js         the server bundle (one namespace object) + generated top-level entry stubs
 *   Sidebar.html    the sidebar with its script and CSS inlined
 *   appsscript.json the manifest
 *
 * Usage: node build.js [--out DIR]
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
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

function bundleServer() {
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/server/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: NAMESPACE,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: SERVER_TARGET,
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Runs the bundle in an empty context, the way Apps Script loads it: any service call at top
 * level throws here, and the namespace's entry points must match the list exactly.
 */
function checkBundle(bundle, entryPoints) {
  let namespace;
  try {
    namespace = vm.runInNewContext(`${bundle}\n;${NAMESPACE}`, {}, { filename: 'Code.js' });
  } catch (error) {
    throw new BuildError(
      `The server bundle fails when loaded without Apps Script services (${error.message}). ` +
        'Move service calls out of module top level into functions.',
    );
  }
  const implemented = Object.keys(namespace.entryPoints || {}).sort();
  const listed = entryPoints.map((entry) => entry.name).sort();
  const missing = listed.filter((name) => !implemented.includes(name));
  const extra = implemented.filter((name) => !listed.includes(name));
  if (missing.length || extra.length) {
    throw new BuildError(
      'src/server/index.ts and src/server/entry-points.ts disagree.' +
        (missing.length ? ` Listed but not implemented: ${missing.join(', ')}.` : '') +
        (extra.length ? ` Implemented but not listed: ${extra.join(', ')}.` : ''),
    );
  }
  for (const name of implemented) {
    if (typeof namespace.entryPoints[name] !== 'function')
      throw new BuildError(`entryPoints.${name} in src/server/index.ts is not a function.`);
  }
}

function buildSidebar() {
  const script = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/client/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    // Preact's automatic JSX runtime: components are .tsx, no React import, ~10 KB in total.
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  }).outputFiles[0].text;
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
  const bundle = bundleServer();
  checkBundle(bundle, ENTRY_POINTS);
  const code =
    '// KPI Framework Builder — generated by build.js; edit src/ instead.\n' +
    `${bundle}\n` +
    ENTRY_POINTS.map(stub).join('\n');
  const sidebar = buildSidebar();
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'Code.js'), code);
  fs.writeFileSync(path.join(outDir, 'Sidebar.html'), sidebar);
  fs.writeFileSync(path.join(outDir, 'appsscript.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { code, sidebar };
}

if (require.main === module) {
  try {
    const started = Date.now();
    const { code, sidebar } = build(parseArgs(process.argv.slice(2)));
    console.log(
      `Built dist/ in ${Date.now() - started} ms: Code.js ${(code.length / 1024).toFixed(1)} KB, ` +
        `Sidebar.html ${(sidebar.length / 1024).toFixed(1)} KB, appsscript.json.`,
    );
  } catch (error) {
    if (error instanceof BuildError || (error && Array.isArray(error.errors))) {
      console.error(`Build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

module.exports = { build, BuildError, NAMESPACE, validateEntryPoints, checkBundle, stub };
