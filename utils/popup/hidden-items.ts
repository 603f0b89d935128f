/** What "Not this" hid on a site, named for the popup's "Hidden here" list. */
import type { HiddenItem } from '../../components/PopupHidden';
import type { IndexLookup } from '../index/lookup';
import { hiddenClaimsFor } from '../settings/hidden-claims';
import { hiddenEntitiesFor } from '../settings/sites';
import type { Settings } from '../settings/types';

export function hiddenOnSite(
  settings: Settings,
  hostname: string,
  lookup: IndexLookup,
): HiddenItem[] {
  return [
    ...[...hiddenEntitiesFor(settings, hostname)].map((id) => ({
      kind: 'entity' as const,
      id,
      label: lookup.entity(id)?.name ?? id,
    })),
    ...[...hiddenClaimsFor(settings, hostname)].map((id) => ({
      kind: 'claim' as const,
      id,
      label: lookup.claim(id)?.text ?? id,
    })),
  ];
}
