import type { CliCommand } from './cli-command';
import { auditCommand } from './audit';
import { checkCommand } from './check';
import { coverageCommand } from './coverage';
import { evidenceCommand } from './evidence';
import { frameworksCommand } from './frameworks';
import { listCommand } from './list';
import { packCommand } from './pack';
import { summaryCommand } from './summary';
import { pathwayCommand } from './pathway';
import { upgradeCommand } from './upgrade';
import { sampleCommand } from './sample';
import { importCommand } from './import';
import { exportCommand } from './export';
import { restoreCommand } from './restore';
import { exportCsvCommand } from './export-csv';
import { suggestCommand } from './suggest';
import { examplesCommand } from './examples';
import { checklistCommand } from './checklist';
import { briefCommand } from './brief';
import { verifySignoffCommand } from './verify-signoff';
import { planCommand } from './plan';
import { submissionCommand } from './submission';
import { calendarCommand } from './calendar';
import { appraisalCommand } from './appraisal';
import { inboxCommand } from './inbox';

/** Every `techfolio` subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [listCommand, evidenceCommand, inboxCommand, checkCommand, sampleCommand, frameworksCommand, coverageCommand, auditCommand, importCommand, exportCommand, restoreCommand, exportCsvCommand, packCommand, checklistCommand, briefCommand, verifySignoffCommand, planCommand, calendarCommand, submissionCommand, summaryCommand, appraisalCommand, pathwayCommand, upgradeCommand, suggestCommand, examplesCommand];
