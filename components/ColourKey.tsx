import { kindColor } from '../utils/page/highlight-css';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../utils/settings/types';

const KEY_LABEL: Record<HighlightKind, { name: string; sample: string }> = {
  person: { name: 'People', sample: 'Jane Doe' },
  organization: { name: 'Companies and organisations', sample: 'Acme Corp' },
  project: { name: 'Projects and products', sample: 'Project X' },
  government: { name: 'Governments and public bodies', sample: 'City Council' },
  other: { name: 'Events, places, laws', sample: 'the summit' },
  claim: { name: 'A claim the sources report: click the small mark', sample: 'she said so.' },
};

export interface ColourKeyProps {
  /** Whether the key is shown on a dark background. */
  dark: boolean;
}

/** What each mark on a page means, drawn as the page draws it (with made-up names). */
export function ColourKey({ dark }: ColourKeyProps) {
  return (
    <ul class="colour-key" data-testid="colour-key">
      {HIGHLIGHT_KINDS.map((kind) => {
        const { name, sample } = KEY_LABEL[kind];
        const color = kindColor(kind, dark);
        return (
          <li key={kind} class="colour-key-row">
            {kind === 'claim' ? (
              <span class="colour-key-sample">
                {sample.slice(0, -1)}
                <span
                  class="colour-key-marker"
                  style={{ backgroundColor: color.replace(')', ' / 0.4)') }}
                >
                  {sample.slice(-1)}
                </span>
              </span>
            ) : (
              <span
                class="colour-key-sample colour-key-line"
                style={{ textDecorationColor: color }}
              >
                {sample}
              </span>
            )}
            <span class="colour-key-name">{name}</span>
          </li>
        );
      })}
    </ul>
  );
}
