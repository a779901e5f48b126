import { z } from 'zod';
import { Timestamp } from '../../model/dates';
import type { MethodSchema } from './method-schema';

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

export const storageMethods = {
  getStorageStatus: { args: z.tuple([]), result: StorageStatus, reads: ['files', 'backups'] },
} satisfies Record<string, MethodSchema>;
