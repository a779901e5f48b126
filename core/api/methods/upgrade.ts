import { z } from 'zod';
import { FrameworkId } from '../../frameworks/schema';
import { CarryOverOptions, CarryOverSummary, UpgradeRoute, UpgradeView } from '../../upgrade/schema';
import type { MethodSchema } from './method-schema';
import { FRAMEWORK_READS } from './frameworks';

/** Everything a carry-over reads and may change: the statements and every list that carries mappings. */
const UPGRADE_PARTS = ['statements', 'cpd', 'training', 'qualifications', 'evidence', 'activities'] as const;

/** Moving up a register (RSciTech → RSci → CSci, EngTech → IEng), as the higher register's file declares. */
export const upgradeMethods = {
  /** Every upgrade a framework file declares, lower → higher. */
  listUpgrades: { args: z.tuple([]), result: z.array(UpgradeRoute), reads: FRAMEWORK_READS },
  /** The two standards side by side by area, with the applicant's progress on each criterion. */
  getUpgradeView: { args: z.tuple([FrameworkId, FrameworkId]), result: UpgradeView, reads: [...UPGRADE_PARTS, ...FRAMEWORK_READS] },
  /**
   * Carries statements (as new drafts, never over the user's own) and mappings over to the higher
   * register. Running it again adds nothing; a dry run saves nothing.
   */
  carryOverUpgrade: { args: z.tuple([FrameworkId, FrameworkId, CarryOverOptions.default({ dryRun: false })]), result: CarryOverSummary, changes: UPGRADE_PARTS },
} satisfies Record<string, MethodSchema>;
