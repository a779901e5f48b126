import type { CliCommand } from './cli-command';
import { listCommand } from './list';

/** Every `techfolio` subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [listCommand];
