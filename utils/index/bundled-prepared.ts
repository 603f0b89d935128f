import prepared from '../../data/compiled/matcher.json';
import type { PreparedIndex } from '../match/prepared';

/**
 * The matcher's text work on the bundled index, generated alongside it by `npm run build:index`
 * (see `prepareIndex`). Only the content script needs it.
 */
export const bundledPrepared = prepared as PreparedIndex;
