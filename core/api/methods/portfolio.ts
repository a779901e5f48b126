import { z } from 'zod';
import { Employment, EmploymentInput, Goal, GoalInput, Qualification, QualificationInput, Supporter, SupporterInput } from '../../model/career';
import { IsoDate, Timestamp } from '../../model/dates';
import { ACTIVITY_KINDS } from '../../model/commitment';
import { EvidenceItem } from '../../model/evidence';
import { RecordId } from '../../model/ids';
import { Mappings } from '../../model/mapping';
import { Profile } from '../../model/profile';
import { CompetenceStatement } from '../../model/statement';
import { longText, requiredLine } from '../../model/text';
import { TrainingRecord, TrainingRecordInput } from '../../model/training';
import { MAX_EVIDENCE_BYTES, base64DecodedSize } from '../../evidence/limits';
import { PageSelection } from '../../evidence/page-selection';
import type { MethodSchema, PortfolioPart } from './method-schema';

const Deleted = z.object({ deleted: RecordId });

/** list, add, update(id, input) and delete(id) for one kind of record, kept in the list `part`. */
function recordMethods<I extends z.ZodType, S extends z.ZodType>(input: I, stored: S, part: PortfolioPart) {
  const parts = [part] as const;
  return {
    list: { args: z.tuple([]), result: z.array(stored), reads: parts },
    add: { args: z.tuple([input]), result: stored, changes: parts },
    update: { args: z.tuple([RecordId, input]), result: stored, changes: parts },
    delete: { args: z.tuple([RecordId]), result: Deleted, changes: parts },
  };
}

const employment = recordMethods(EmploymentInput, Employment, 'employment');
const qualification = recordMethods(QualificationInput, Qualification, 'qualifications');
const training = recordMethods(TrainingRecordInput, TrainingRecord, 'training');
const supporter = recordMethods(SupporterInput, Supporter, 'supporters');
const goal = recordMethods(GoalInput, Goal, 'goals');

/** Records that can cite evidence: deleting an item removes it from each of them. */
const CITING_LISTS = ['cpd', 'training', 'qualifications', 'activities'] as const;

/** What the user can set on any evidence item. The date defaults to the day it is added. */
const EvidenceDetailsInput = z.object({
  title: requiredLine('a title for the evidence').optional(),
  date: IsoDate.optional(),
  description: longText(20_000),
  mappings: Mappings,
  pages: PageSelection.optional(),
});

/** A file read by the UI (a dropped File) and sent as base64: the transports carry JSON only. */
export const EvidenceFileUpload = EvidenceDetailsInput.extend({
  fileName: z.string().trim().min(1, 'The file has no name.').max(500),
  dataBase64: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive as base64.')
    .refine((s) => base64DecodedSize(s) <= MAX_EVIDENCE_BYTES, {
      message: `Evidence files can be up to ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB. Save a smaller copy and add that.`,
    }),
});
export type EvidenceFileUpload = z.input<typeof EvidenceFileUpload>;

export const EvidenceNoteInput = EvidenceDetailsInput.extend({
  title: requiredLine('a title for the note'),
  note: z.string().max(50_000).min(1, 'Write the note.'),
});
export type EvidenceNoteInput = z.input<typeof EvidenceNoteInput>;

export const EvidenceLinkInput = EvidenceDetailsInput.extend({
  title: requiredLine('a title for the link'),
  url: z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https:// or http://.' }).max(2000),
});
export type EvidenceLinkInput = z.input<typeof EvidenceLinkInput>;

/** Edits to an evidence item: its details, and the text of a note or the address of a link. */
export const EvidenceUpdate = z.object({
  title: requiredLine('a title for the evidence'),
  date: IsoDate,
  description: longText(20_000),
  mappings: Mappings,
  /** Blank clears the selection: the whole file is included again. */
  pages: PageSelection.optional(),
  note: z.string().max(50_000).optional(),
  url: z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https:// or http://.' }).max(2000).optional(),
});
export type EvidenceUpdate = z.input<typeof EvidenceUpdate>;

export const EvidenceAdded = z.object({
  /** 'duplicate': the same file was already kept; the existing item is returned and nothing was added. */
  outcome: z.enum(['added', 'duplicate']),
  item: EvidenceItem,
  /** Set for kept files that are never rendered as active content (HTML, SVG). */
  notice: z.string().optional(),
});
export type EvidenceAdded = z.infer<typeof EvidenceAdded>;

export const EvidenceUsage = z.array(
  z.object({ kind: z.enum(['cpd', 'qualification', 'training', ...ACTIVITY_KINDS]), id: RecordId, title: z.string() }),
);

const FrameworkId = z.string().min(1).max(100);
const CriterionCode = z.string().min(1).max(40);

export const BackupInfo = z.object({ fileName: z.string(), createdAt: Timestamp, reason: z.string(), size: z.number().int() });
export type BackupInfo = z.infer<typeof BackupInfo>;

/** What the startup integrity check did, in words for the user. */
export const StartupCheck = z.object({
  /** 'recovered': rebuilt from the store's journal with nothing lost; 'restored': from a backup. */
  outcome: z.enum(['ok', 'created', 'migrated', 'recovered', 'restored', 'reset']),
  message: z.string(),
  /** Other things put right at start (permissions tightened, leftover temporary files removed). */
  notes: z.array(z.string()).optional(),
  /** Where a damaged store was moved; it is never deleted. */
  damagedPath: z.string().optional(),
  restoredFrom: z.string().optional(),
});
export type StartupCheck = z.infer<typeof StartupCheck>;

export const StorageStatus = z.object({
  dataDir: z.string(),
  storePath: z.string(),
  schemaVersion: z.number().int(),
  lastBackup: BackupInfo.nullable(),
  backups: z.array(BackupInfo),
  startupCheck: StartupCheck,
  evidence: z.object({ files: z.number().int(), bytes: z.number().int(), maxFileBytes: z.number().int() }),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

export const portfolioMethods = {
  getProfile: { args: z.tuple([]), result: Profile, reads: ['profile'] },
  saveProfile: { args: z.tuple([Profile]), result: Profile, changes: ['profile'] },

  listEmployment: employment.list,
  addEmployment: employment.add,
  updateEmployment: employment.update,
  deleteEmployment: employment.delete,

  listQualifications: qualification.list,
  addQualification: qualification.add,
  updateQualification: qualification.update,
  deleteQualification: qualification.delete,

  listTraining: training.list,
  addTraining: training.add,
  updateTraining: training.update,
  deleteTraining: training.delete,

  listSupporters: supporter.list,
  addSupporter: supporter.add,
  updateSupporter: supporter.update,
  deleteSupporter: supporter.delete,

  listGoals: goal.list,
  addGoal: goal.add,
  updateGoal: goal.update,
  deleteGoal: goal.delete,

  listEvidence: { args: z.tuple([]), result: z.array(EvidenceItem), reads: ['evidence'] },
  addEvidenceFile: { args: z.tuple([EvidenceFileUpload]), result: EvidenceAdded, changes: ['evidence', 'files'] },
  addEvidenceNote: { args: z.tuple([EvidenceNoteInput]), result: EvidenceItem, changes: ['evidence'] },
  addEvidenceLink: { args: z.tuple([EvidenceLinkInput]), result: EvidenceItem, changes: ['evidence'] },
  updateEvidence: { args: z.tuple([RecordId, EvidenceUpdate]), result: EvidenceItem, changes: ['evidence'] },
  /** Also removes the item from every record that cites it; a file no longer cited goes to the trash. */
  deleteEvidence: { args: z.tuple([RecordId]), result: Deleted, changes: ['evidence', 'files', ...CITING_LISTS] },
  getEvidenceUsage: { args: z.tuple([RecordId]), result: EvidenceUsage, reads: ['evidence', ...CITING_LISTS] },

  listStatements: { args: z.tuple([FrameworkId.optional()]), result: z.array(CompetenceStatement), reads: ['statements'] },
  getStatement: { args: z.tuple([FrameworkId, CriterionCode]), result: CompetenceStatement.nullable(), reads: ['statements'] },
  saveStatement: {
    args: z.tuple([FrameworkId, CriterionCode, z.string().max(100_000)]),
    result: CompetenceStatement,
    changes: ['statements'],
    answers: { read: 'getStatement', leadingArgs: 2 },
  },
  restoreStatementVersion: {
    args: z.tuple([FrameworkId, CriterionCode, Timestamp]),
    result: CompetenceStatement,
    changes: ['statements'],
    answers: { read: 'getStatement', leadingArgs: 2 },
  },

  getStorageStatus: { args: z.tuple([]), result: StorageStatus, reads: ['files', 'backups'] },
} satisfies Record<string, MethodSchema>;
