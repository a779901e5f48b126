import type { AppInfo } from '../../core/api/contract';
import type { Framework } from '../../core/frameworks/schema';
import type { StartupCheck } from '../../core/api/methods/storage';
import type { BackupService } from '../services/backups';
import type { EvidenceVault } from '../services/evidence-vault';
import type { EvidenceTextCache } from '../evidence-text/evidence-text-cache';
import type { InboxService } from '../inbox/inbox-service';
import type { PortfolioStore } from '../services/portfolio-store';
import type { PackService } from '../pack/pack-service';
import type { PathwaySummaryFiles } from '../pathway/pathway-summary-files';
import type { SubmissionProfile } from '../../core/submission/schema';
import type { AppraisalFiles } from '../appraisal/appraisal-files';
import type { SampleSwitch } from '../sample/sample-switch';

/** What the API implementation works on; backend.ts builds it for a data folder. */
export interface ApiServices {
  info: AppInfo;
  portfolio: PortfolioStore;
  evidence: EvidenceVault;
  /** The words in evidence files, read once per file and kept in cache/evidence-text/. */
  evidenceText: EvidenceTextCache;
  /** The inbox folder whose new files become evidence cited by draft records. */
  inbox: InboxService;
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
  /** Appraisal (annual review) documents, PDF or Word, written to exports/ like packs. */
  appraisals: AppraisalFiles;
  /** Which portfolio is open, the user's own or the sample, shared by both folders' services. */
  sample: SampleSwitch;
}
