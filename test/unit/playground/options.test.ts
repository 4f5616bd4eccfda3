import path from 'node:path';
import { DEFAULT_PORT, OptionsError, parseOptions } from '../../../playground/server/options';

describe('playground command-line options', () => {
  it('defaults to port 8686 and the git-ignored workbook file', () => {
    expect(parseOptions([], {}, '/repo')).toEqual({
      port: DEFAULT_PORT,
      workbookFile: path.resolve('/repo', '.playground', 'workbook.json'),
      demo: false,
    });
  });

  it('reads --port, --workbook and --demo, in either --flag value or --flag=value form', () => {
    expect(parseOptions(['--port=9001', '--workbook', 'hr.json', '--demo'], {}, '/repo')).toEqual({
      port: 9001,
      workbookFile: path.resolve('/repo', 'hr.json'),
      demo: true,
    });
  });

  it('takes the port from PORT when no flag is given, and lets the flag win', () => {
    expect(parseOptions([], { PORT: '9100' }, '/repo').port).toBe(9100);
    expect(parseOptions(['--port', '9200'], { PORT: '9100' }, '/repo').port).toBe(9200);
  });

  it('rejects a port that is not a number from 1 to 65535 and shows a valid example', () => {
    expect(() => parseOptions(['--port', 'eighty'], {}, '/repo')).toThrow(
      /--port must be a port number from 1 to 65535, got "eighty"\. Example: --port 8687/,
    );
    expect(() => parseOptions([], { PORT: '70000' }, '/repo')).toThrow(OptionsError);
  });

  it('names an unknown flag and prints the usage', () => {
    expect(() => parseOptions(['--prot', '1'], {}, '/repo')).toThrow(
      /Unknown option "--prot"[\s\S]*Usage/,
    );
  });

  it('asks for the value a flag is missing', () => {
    expect(() => parseOptions(['--workbook'], {}, '/repo')).toThrow(/--workbook needs a value/);
  });
});
