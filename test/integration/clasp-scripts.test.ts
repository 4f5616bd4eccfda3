/**
 * `npm run setup` / `npm run deploy` stop with a readable message before reaching Google when
 * clasp is not logged in or the script id is still the placeholder. Nothing here talks to clasp.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../scripts/clasp.js');

function run(command: string, home: string) {
  const result = spawnSync(process.execPath, [SCRIPT, command], {
    env: { ...process.env, HOME: home, USERPROFILE: home },
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

describe('the clasp scripts', () => {
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-clasp-home-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it.each(['setup', 'deploy'])(
    '"%s" asks for clasp login when there are no credentials',
    (command) => {
      const { status, stderr } = run(command, home);
      expect(status).toBe(1);
      expect(stderr).toContain('clasp is not logged in. Run `npx clasp login`');
    },
  );

  it('"deploy" refuses the placeholder script id and says where to get a real one', () => {
    fs.writeFileSync(path.join(home, '.clasprc.json'), '{}');
    const { status, stderr } = run('deploy', home);
    expect(status).toBe(1);
    expect(stderr).toContain('.clasp.json still has the placeholder script id');
    expect(stderr).toContain('npm run setup');
  });

  it('rejects an unknown command with its usage', () => {
    fs.writeFileSync(path.join(home, '.clasprc.json'), '{}');
    const { status, stderr } = run('publish', home);
    expect(status).toBe(1);
    expect(stderr).toContain('Usage: node scripts/clasp.js setup|deploy');
  });
});
