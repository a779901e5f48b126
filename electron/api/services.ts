import type { AppInfo } from '../../core/api/contract';
import type { Framework } from '../../core/frameworks/schema';
import type { StartupCheck } from '../../core/api/methods/storage';
import type { BackupService } from '../services/backups';
import type { EvidenceVault } from '../services/evidence-vault';
import type { PortfolioStore } from '../services/portfolio-store';
import type { PackService } from '../pack/pack-service';
import type { PathwaySummaryFiles } from '../pathway/pathway-summary-files';
import type { SubmissionProfile } from '../../core/submission/schema';

/** What the API implementation works on; backend.ts builds it for a data folder. */
export interface ApiServices {
  info: AppInfo;
  portfolio: PortfolioStore;
  evidence: EvidenceVault;
  backups: BackupService;
  storage: { dataDir: string; startupCheck: StartupCheck };
  /** The frameworks shipped in assets/frameworks, validated when the backend opened. */
  frameworks: { builtIn: readonly Framework[] };
  /** Application packs and summaries, made in a worker thread (electron/pack). */
  pack: PackService;
  /** One-page career-pathway summaries, written to exports/ like packs. */
  pathwaySummaries: PathwaySummaryFiles;
  /** The bodies' submission rules shipped in assets/submission-profiles, validated when the backend opened. */
  submissionProfiles: readonly SubmissionProfile[];
}
