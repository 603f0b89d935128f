/** Runs the shared reader scenarios in one browser: one fixture server, one browser per suite. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, test } from 'vitest';
import type { BrowserDriver } from '../driver/types';
import { screenshotDir } from '../screenshots';
import { type FixtureServer, startFixtureServer } from '../server';
import { resetSettings } from './helpers';
import { pageScenarios } from './page-scenarios';
import { popupScenarios } from './popup-scenarios';
import type { Scenario, ScenarioContext } from './types';

/** The list both browsers run. */
export const readerScenarios: Scenario[] = [...pageScenarios, ...popupScenarios];

export function readerSuite(driver: BrowserDriver, scenarios: Scenario[] = readerScenarios) {
  describe(`reader scenarios in ${driver.name}`, () => {
    let server: FixtureServer;
    const ctx: ScenarioContext = {
      browser: undefined as never,
      driver,
      url: (path) => server.url(path),
      async snap(page, name, options) {
        mkdirSync(screenshotDir, { recursive: true });
        const path = join(screenshotDir, `${driver.name}-${name}.png`);
        await page.screenshot(path, options);
        return path;
      },
    };
    beforeAll(async () => {
      server = await startFixtureServer();
      ctx.browser = await driver.launch();
    });
    afterAll(async () => {
      await ctx.browser?.close();
      await server?.close();
    });
    beforeEach(() => resetSettings(ctx.browser));
    afterEach(() => ctx.browser.closePages());
    for (const scenario of scenarios) test(scenario.name, () => scenario.run(ctx));
  });
}
