import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { loadSettings } from '../../utils/settings/storage';
import './style.css';

/** The shortcuts as the browser has them now (the reader may have changed or removed them). */
async function shortcuts(): Promise<Record<string, string>> {
  const commands = (await browser.commands?.getAll()) ?? [];
  return Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']));
}

const root = document.getElementById('app');
if (root) {
  const dark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;
  Promise.all([loadSettings(), shortcuts().catch(() => ({}))]).then(([settings, keys]) => {
    document.documentElement.dataset.theme = settings.theme;
    const isDark = settings.theme === 'dark' || (settings.theme === 'auto' && dark());
    render(<Welcome dark={isDark} shortcuts={keys} />, root);
  });
}
