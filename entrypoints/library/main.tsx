import { render } from 'preact';
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
  const blob = new Blob([`${JSON.stringify(bundledIndex, null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'fact-cards-index.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const root = document.getElementById('app');
if (root) {
  render(<LibraryApp index={bundledIndex} onExport={exportIndex} watchTheme={watchTheme} />, root);
}
