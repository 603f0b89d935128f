/** The shared reader scenarios (scenarios/) in Firefox ESR, after the Chromium suite. */
import { firefoxDriver } from './driver/firefox';
import { readerSuite } from './scenarios/suite';

readerSuite(firefoxDriver);
