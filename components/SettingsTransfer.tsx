import type { ImportResult } from '../utils/settings/transfer';

/** Export of the settings as a JSON file and import from one; a bad file changes nothing. */
export interface SettingsTransferProps {
  /** Builds the file and starts the download. */
  onExport: () => void;
  /** Reads the chosen file (`readSettingsFile`). */
  readFile: (file: File) => Promise<ImportResult>;
  /** Called with what was read from the chosen file. */
  onImport: (result: ImportResult) => void;
  /** The last import's result: an error (shown as an alert) or a confirmation. */
  message: { kind: 'error' | 'ok'; text: string } | null;
}

export function SettingsTransfer({ onExport, readFile, onImport, message }: SettingsTransferProps) {
  return (
    <div class="transfer">
      <div class="transfer-buttons">
        <button type="button" class="btn" onClick={onExport} data-testid="export-settings">
          Export settings
        </button>
        <label class="btn file-btn">
          Import settings…
          <input
            type="file"
            accept="application/json,.json"
            class="file-input"
            data-testid="import-settings"
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              onImport(await readFile(file));
              input.value = '';
            }}
          />
        </label>
      </div>
      {message?.kind === 'error' && (
        <p class="alert" role="alert" data-testid="import-error">
          {message.text}
        </p>
      )}
      {message?.kind === 'ok' && (
        <p class="notice" role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
