import path from 'node:path';

export interface AssetsDirSources {
  isPackaged: boolean;
  /** `process.resourcesPath`: electron-builder copies assets/ there (extraResources). */
  resourcesPath: string;
  /** The repository root, for `npm start` from a checkout. */
  appRoot: string;
}

/** Where frameworks and fonts are read from at run time. */
export function assetsDir({ isPackaged, resourcesPath, appRoot }: AssetsDirSources): string {
  return path.join(isPackaged ? resourcesPath : appRoot, 'assets');
}
