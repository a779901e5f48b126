import type { AppInfo } from '../../core/api/contract';
import type { PortfolioStore } from '../services/portfolio-store';

/** What the API implementation works on; backend.ts builds it for a data folder. */
export interface ApiServices {
  info: AppInfo;
  portfolio: PortfolioStore;
}
