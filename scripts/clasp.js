#!/usr/bin/env node
/**
 * `npm run setup` and `npm run deploy`: the only commands that talk to Google. They check the
 * obvious mistakes first so a maintainer gets a readable message instead of a clasp stack trace.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const CLASP = path.join(ROOT, 'node_modules', '.bin', 'clasp');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function claspLoggedIn() {
  return fs.existsSync(path.join(os.homedir(), '.clasprc.json'));
}

function clasp(args) {
  if (!fs.existsSync(CLASP)) fail('clasp is not installed. Run `npm install` first.');
  const result = spawnSync(CLASP, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(`clasp ${args.join(' ')} failed (exit ${result.status}).`);
}

function readClaspConfig() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'));
}

function main(command) {
  if (!claspLoggedIn()) {
    fail('clasp is not logged in. Run `npx clasp login` (once per machine), then try again.');
  }
  const config = readClaspConfig();
  if (command === 'setup') {
    if (config.scriptId && config.scriptId !== PLACEHOLDER) {
      fail(
        `.clasp.json already names script ${config.scriptId}. Run \`npm run deploy\` to push to it.`,
      );
    }
    // clasp create writes its own .clasp.json; keep rootDir pointing at dist/.
    clasp(['create', '--type', 'sheets', '--title', 'KPI Framework Builder', '--rootDir', 'dist']);
    const created = readClaspConfig();
    created.rootDir = 'dist';
    fs.writeFileSync(path.join(ROOT, '.clasp.json'), JSON.stringify(created, null, 2) + '\n');
    console.log('Created the Apps Script project. Next: `npm run deploy`.');
    return;
  }
  if (command === 'deploy') {
    if (!config.scriptId || config.scriptId === PLACEHOLDER) {
      fail(
        '.clasp.json still has the placeholder script id. Run `npm run setup` to create a project, ' +
          'or paste the id of an existing one (Apps Script editor → Project Settings → Script ID).',
      );
    }
    if (config.rootDir !== 'dist') fail('.clasp.json must have "rootDir": "dist".');
    clasp(['push', '--force']);
    console.log('Pushed dist/ to Apps Script.');
    return;
  }
  fail('Usage: node scripts/clasp.js setup|deploy');
}

main(process.argv[2]);
