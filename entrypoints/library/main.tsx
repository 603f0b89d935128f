import { render } from 'preact';
import { downloadJson } from '../../utils/download';
import { extensionUrl } from '../../utils/extension-url';
import { fetchIndexAsset } from '../../utils/index/bundled-asset';
import type { CompiledIndex } from '../../utils/index/types';
import { loadSettings, watchSettings } from '../../utils/settings/storage';
import type { Theme } from '../../utils/settings/types';
import { LibraryApp } from './App';
import './style.css';

function watchTheme(callback: (theme: Theme) => void): () => void {
  loadSettings().then((s) => callback(s.theme));
  return watchSettings((s) => callback(s.theme));
}

const root = document.getElementById('app');
if (root) {
  // The index page reads the same index asset as the pages do.
  fetchIndexAsset({ getUrl: extensionUrl }).then(
    (asset) => {
      const index: CompiledIndex = asset.cards();
      const exportIndex = () =>
        downloadJson('fact-cards-index.json', `${JSON.stringify(index, null, 2)}\n`);
      render(<LibraryApp index={index} onExport={exportIndex} watchTheme={watchTheme} />, root);
    },
    (error: Error) => {
      root.textContent = error.message;
    },
  );
}
