import { createMatcher, matcherSteps } from '../utils/match/matcher';
import { registerMatcherLayer } from '../utils/page/matcher-layer';

/** Imported by the content script with the index asset (see utils/page/matcher-layer.ts). */
export default defineUnlistedScript(() => registerMatcherLayer({ createMatcher, matcherSteps }));
