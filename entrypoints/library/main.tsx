import { render } from 'preact';
import { downloadJson } from '../../utils/download';
import { bundledIndex } from '../../utils/index/bundled';
import { loadSettings, watchSettings } from '../../utils/settings/storage';
import type { Theme } from '../../utils/settings/types';
import { LibraryApp } from './App';
import './style.css';

function watchTheme(callback: (theme: Theme) => void): () => void {
  loadSettings().then((s) => callback(s.theme));
  return watchSettings((s) => callback(s.theme));
}

function exportIndex() {
  downloadJson('fact-cards-index.json', `${JSON.stringify(bundledIndex, null, 2)}\n`);
}

const root = document.getElementById('app');
if (root) {
  render(<LibraryApp index={bundledIndex} onExport={exportIndex} watchTheme={watchTheme} />, root);
}
