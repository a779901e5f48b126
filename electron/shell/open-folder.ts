import type { Shell } from 'electron';
import type { TechfolioApiImpl } from '../../core/api/contract';
import { ApiError } from '../../core/api/errors';

export interface OpenFolderDeps {
  shell: Pick<Shell, 'openPath'>;
  /** The prepared folder's path, or null if it is gone. */
  find: (submissionId: string) => Promise<string | null>;
  notFound: () => Error;
}

/** The desktop's openSubmissionFolder: the prepared folder shown in the system's file manager. */
export function createDesktopOpenFolder(deps: OpenFolderDeps): TechfolioApiImpl['openSubmissionFolder'] {
  return async (submissionId) => {
    const folder = await deps.find(submissionId);
    if (!folder) throw deps.notFound();
    // openPath answers with an error message, or '' once the folder is open.
    const problem = await deps.shell.openPath(folder);
    if (problem) throw new ApiError({ code: 'refused', message: `The folder could not be opened (${problem}). It is at ${folder}.` });
    return { status: 'opened' };
  };
}
