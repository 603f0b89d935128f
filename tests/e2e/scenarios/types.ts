/** One scenario list, two drivers: what a scenario gets and what it is. */
import type { BrowserDriver, ReaderBrowser, ReaderPage } from '../driver/types';

export interface ScenarioContext {
  /** The suite's browser; every scenario starts with default settings and no open pages. */
  browser: ReaderBrowser;
  /** To start another browser of the same kind (dark colour scheme, a restart). */
  driver: BrowserDriver;
  /** A fixture page's address on the test server. */
  url(path: string): string;
  /** Saves a screenshot as tests/e2e/screenshots/<browser>-<name>.png. */
  snap(page: ReaderPage, name: string, options?: { fullPage?: boolean }): Promise<string>;
}

export interface Scenario {
  name: string;
  run(ctx: ScenarioContext): Promise<void>;
}
