import { exec, execFileSync, execSync, spawn, spawnSync } from 'node:child_process';
import childProcess from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BLOCKED_TOOL_PREFIX, programOf, takeBlockedTools } from '../../setup/pdf-tools-guard';

/** Runs an attempt that the guard must stop, and takes the record so afterEach stays green. */
function expectBlocked(attempt: () => unknown, program: string): void {
  expect(attempt).toThrow(BLOCKED_TOOL_PREFIX);
  expect(takeBlockedTools()).toEqual([program]);
}

describe('the test guard against installed PDF tools', () => {
  it('stops qpdf and poppler programs however they are started', () => {
    expectBlocked(() => execFileSync('qpdf', ['--version']), 'qpdf');
    expectBlocked(() => spawnSync('pdftotext', ['-v']), 'pdftotext');
    expectBlocked(() => spawn('/usr/bin/pdfinfo', ['-v']), 'pdfinfo');
    expectBlocked(() => childProcess.execFileSync('PDFTOPPM.EXE', ['-v']), 'pdftoppm');
    expectBlocked(() => execSync('pdffonts -v'), 'pdffonts');
    expectBlocked(() => exec('"qpdf" --check x.pdf'), 'qpdf');
    expectBlocked(() => spawnSync('pdftoppm -v', { shell: true }), 'pdftoppm');
  });

  it('lets other programs run, Node itself among them', () => {
    expect(execFileSync(process.execPath, ['-e', 'process.stdout.write("ran")'], { encoding: 'utf8' })).toBe('ran');
    expect(takeBlockedTools()).toEqual([]);
  });

  it('names a program by its file name, without folder or .exe', () => {
    expect(programOf('C:\\Program Files\\qpdf\\bin\\qpdf.exe')).toBe('qpdf');
    expect(programOf('/opt/poppler/bin/pdftotext')).toBe('pdftotext');
    expect(programOf('pdftotext-wrapper')).toBe('pdftotext-wrapper');
  });
});
