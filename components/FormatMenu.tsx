import type { CitationFormat } from '../utils/citation/format';
import { CITATION_FORMATS } from '../utils/citation/format';

export interface FormatMenuProps {
  /** The format Copy uses now. */
  format: CitationFormat;
  /** Chooses another (stored as the setting). */
  onFormat: (format: CitationFormat) => void;
  /** What the menu's Copy button copies, for its accessible name. */
  what: string;
}

/** The citation format, chosen right beside the Copy button it applies to. */
export function FormatMenu({ format, onFormat, what }: FormatMenuProps) {
  return (
    <select
      class="select select-small"
      aria-label={`Citation format for ${what}`}
      value={format}
      onChange={(event) => onFormat(event.currentTarget.value as CitationFormat)}
    >
      {CITATION_FORMATS.map((f) => (
        <option key={f.id} value={f.id}>
          {f.label}
        </option>
      ))}
    </select>
  );
}
