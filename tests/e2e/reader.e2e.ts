/** The shared reader scenarios (scenarios/) in Chromium; reader.firefox.e2e.ts runs them in Firefox. */
import { chromiumDriver } from './driver/chromium';
import { readerSuite } from './scenarios/suite';

readerSuite(chromiumDriver);
