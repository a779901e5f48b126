import Conf from 'conf';
import type { StoreFactory } from './portfolio-store';

/**
 * The store outside Electron: conf is the library electron-store is built on, with the same file
 * format and atomic writes, so the CLI and browser mode read and write the desktop app's portfolio.
 */
export const createConfStore: StoreFactory = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'techfolio' });
