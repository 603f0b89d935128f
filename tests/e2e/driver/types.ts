/**
 * What the shared reader scenarios ask of a browser. Chromium (playwright-core) and Firefox
 * (puppeteer-core over WebDriver BiDi) each implement it, so one scenario list runs in both.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface ReaderPage {
  /** Console errors and uncaught exceptions of this page since it opened. */
  readonly errors: string[];
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page's own world (serialised: it cannot close over test variables). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves once `fn` returns a truthy value in the page (polled, so background tabs work). */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  moveMouse(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** A key or chord, keys joined with "+": `Escape`, `Alt+Shift+KeyJ`. */
  press(keys: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** A profile to start from (a restart); a fresh one when absent. */
  profileDir?: string;
  /** Another unpacked build than the one in `.output` (an unpacked store zip). */
  extensionDir?: string;
  /** Firefox: the add-on package to install (a store zip); packed from the folder when absent. */
  xpi?: Buffer;
}

export interface ReaderBrowser {
  readonly name: BrowserName;
  readonly profileDir: string;
  /** Opens a web page; `initScript` runs in the page's world before the page's own scripts. */
  openPage(url: string, options?: { initScript?: string }): Promise<ReaderPage>;
  /** Opens one of the extension's pages (`popup.html?tab=3`) in a tab of the given size. */
  openExtensionPage(
    path: string,
    viewport?: { width: number; height: number },
  ): Promise<ReaderPage>;
  /** Runs `fn` where the extension's APIs are (`browser` in Firefox, `chrome` in Chromium). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The browser's tab id for `page`, as the extension sees it. */
  tabIdOf(page: ReaderPage): Promise<number>;
  /** Closes every page the tests opened (not the browser). */
  closePages(): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  launch(options?: LaunchOptions): Promise<ReaderBrowser>;
}
