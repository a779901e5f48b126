import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SignoffCheck } from '../../../core/pack/signoff-check';
import { formatUkDate } from '../../../core/format/uk-date';
import { UserError } from '../user-error';
import type { CliCommand } from './cli-command';

const CHANGE: Record<SignoffCheck['changes'][number]['change'], string> = { edited: 'changed', added: 'written since', removed: 'removed since' };

export function formatSignoff(check: SignoffCheck): string {
  const where = check.readFrom === 'qr-code' ? 'the QR code' : "the PDF's text";
  if (check.status === 'unknown') return `Fingerprint ${check.fingerprint} (read from ${where}) matches no brief made from this portfolio.\n`;
  const made = check.madeOn ? ` made on ${formatUkDate(check.madeOn)}` : '';
  if (check.status === 'unchanged') return `Unchanged: every statement is as the supporter saw it in the brief${made} (fingerprint ${check.fingerprint}, read from ${where}).\n`;
  const lines = check.changes.map((c) => `  ${c.code} · ${c.heading}: ${CHANGE[c.change]}`);
  return `Changed since the supporter saw the brief${made} (fingerprint ${check.fingerprint}, read from ${where}):\n${lines.join('\n')}\n`;
}

export const verifySignoffCommand: CliCommand = (program, { io, withBackend, setExitCode }) => {
  program
    .command('verify-signoff')
    .argument('<file>', "the signed brief: the PDF, or a scan or photo of a page")
    .description("check a signed supporter's brief against your statements now; exit 0 when unchanged, 1 when changed")
    .action((file: string) =>
      withBackend(async ({ api, portfolio }) => {
        const bytes = await readFile(path.resolve(file)).catch(() => {
          throw new UserError(`Could not read ${file}.`);
        });
        const { verifySignoffBytes } = await import('../../api/checklist-impl');
        const check = await verifySignoffBytes(portfolio.read(), async (id) => (await api.getFramework(id).catch(() => undefined))?.framework, bytes);
        io.out(formatSignoff(check));
        if (check.status !== 'unchanged') setExitCode(1);
      }),
    );
};
