// Faults injected at the one place each service writes: the store's file (through the write
// function the backend takes for it), and the write function a service is given.
import { writeFileAtomicSync } from '../../../../electron/services/atomic-write';
import type { WriteStoreFile } from '../../../../electron/services/portfolio-store';

const DESCRIPTIONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EDQUOT: 'disk quota exceeded',
};

/** An error shaped exactly as Node's fs raises it. */
export function errnoError(code: keyof typeof DESCRIPTIONS, syscall: string, file: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${DESCRIPTIONS[code]}, ${syscall} '${file}'`);
  error.code = code;
  error.syscall = syscall;
  error.path = file;
  error.errno = -1;
  return error;
}

/** A switch a test flips: while `code` is set, every write fails with it. */
export interface Fault {
  code: keyof typeof DESCRIPTIONS | null;
  /** How many writes were refused. */
  refused: number;
}

export const newFault = (): Fault => ({ code: null, refused: 0 });

/** The store's real atomic write, refused while the fault is on. */
export function faultyStoreWrite(fault: Fault): WriteStoreFile {
  return (target, data) => {
    if (fault.code) {
      fault.refused += 1;
      throw errnoError(fault.code, 'write', target);
    }
    writeFileAtomicSync(target, data);
  };
}

/** A write function (the shape of writeFileAtomic) that fails while the fault is on. */
export function faultyWrite(fault: Fault, real: (target: string, data: string | Uint8Array) => Promise<void>) {
  return async (target: string, data: string | Uint8Array): Promise<void> => {
    if (fault.code) {
      fault.refused += 1;
      throw errnoError(fault.code, 'write', target);
    }
    await real(target, data);
  };
}
