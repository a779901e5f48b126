/** Long transfers report what they are doing; the UI or CLI decides how to show it. */
export interface TransferProgress {
  phase: 'evidence' | 'portfolio' | 'checking' | 'writing';
  done: number;
  total: number;
}
export type OnProgress = (progress: TransferProgress) => void;
