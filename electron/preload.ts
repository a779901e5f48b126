// The renderer's only door to the backend: one function per API method, each a single
// ipcRenderer.invoke on that method's channel. ipcRenderer itself never crosses the bridge.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../core/api/client';
import { ipcChannel, type TechfolioBridge } from '../core/api/contract';
import type { Envelope } from '../core/api/errors';

const bridge = createBridge(
  (method, args) => ipcRenderer.invoke(ipcChannel(method), ...args) as Promise<Envelope<unknown>>,
) satisfies TechfolioBridge;

contextBridge.exposeInMainWorld('techfolio', bridge);
