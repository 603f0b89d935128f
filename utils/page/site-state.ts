/**
 * What the settings mean for this page: whether Fact Cards runs on its site, and which
 * annotations are shown (their kind is on and their entity is not hidden on the site).
 */
import { hiddenClaimsFor } from '../settings/hidden-claims';
import { hiddenEntitiesFor, type SiteStatus, siteStatus } from '../settings/sites';
import { defaultSettings, type Settings } from '../settings/types';
import type { Annotation } from './annotations';

export type SiteState = ReturnType<typeof createSiteState>;

export function createSiteState(win: Window = window) {
  let settings: Settings = defaultSettings();
  let status: SiteStatus = 'on';
  let hidden = new Set<string>();
  let hiddenClaims = new Set<string>();

  return {
    get settings(): Settings {
      return settings;
    },
    get status(): SiteStatus {
      return status;
    },
    /** Takes new settings; returns the ones they replace. */
    apply(next: Settings): Settings {
      const previous = settings;
      settings = next;
      const hostname = win.location.hostname;
      status = siteStatus(next, hostname);
      hidden = hiddenEntitiesFor(next, hostname);
      hiddenClaims = hiddenClaimsFor(next, hostname);
      return previous;
    },
    isShown(annotation: Annotation): boolean {
      if (!settings.kinds[annotation.highlight]) return false;
      const set = annotation.kind === 'entity' ? hidden : hiddenClaims;
      return !set.has(annotation.targetId);
    },
    /** Hides an entity or claim at once, before the stored setting that says so comes back. */
    hide(kind: Annotation['kind'], id: string): void {
      (kind === 'entity' ? hidden : hiddenClaims).add(id);
    },
    /** Shows it again at once (Undo), before the stored setting comes back. */
    unhide(kind: Annotation['kind'], id: string): void {
      (kind === 'entity' ? hidden : hiddenClaims).delete(id);
    },
    /** Switched off from the card, before the stored setting that says so comes back. */
    switchOff(): void {
      status = 'site-off';
    },
  };
}
