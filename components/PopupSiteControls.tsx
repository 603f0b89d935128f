import type { SiteStatus } from '../utils/settings/sites';
import { PopupSwitch } from './PopupSwitch';

/** The current site and the two switches at the top of the popup. */
export interface PopupSiteControlsProps {
  /** The site's hostname as shown to the reader, or null when the tab is not a web page. */
  hostname: string | null;
  /** The page title, shown under the hostname. */
  title?: string;
  /** What the settings say for this site; "unsupported" disables the site switch. */
  status: SiteStatus | 'unsupported';
  /** Whether the site's own rule lets Fact Cards run (independent of pause). */
  siteOn: boolean;
  /** "Pause everywhere". */
  paused: boolean;
  /** Turns the site on or off. */
  onSiteChange: (on: boolean) => void;
  /** Pauses or resumes everywhere. */
  onPauseChange: (paused: boolean) => void;
}

export function PopupSiteControls(props: PopupSiteControlsProps) {
  const { hostname, title, status, siteOn, paused } = props;
  const unsupported = status === 'unsupported' || hostname === null;
  const siteHint = unsupported
    ? 'Not available on this page'
    : paused
      ? 'Paused everywhere for now'
      : siteOn
        ? 'Highlights people and claims here'
        : 'Turned off on this site';
  return (
    <section class="site" aria-labelledby="site-heading">
      <div class="site-name">
        <h2 id="site-heading" class="site-host" data-testid="site-name">
          {hostname ?? 'This page'}
        </h2>
        {title && <p class="site-title">{title}</p>}
      </div>
      <PopupSwitch
        label="On for this site"
        checked={!unsupported && siteOn}
        disabled={unsupported}
        hint={siteHint}
        testId="site-switch"
        onChange={props.onSiteChange}
      />
      <PopupSwitch
        label="Pause everywhere"
        checked={paused}
        hint={paused ? 'Nothing is highlighted on any site' : undefined}
        testId="pause-switch"
        onChange={props.onPauseChange}
      />
    </section>
  );
}
