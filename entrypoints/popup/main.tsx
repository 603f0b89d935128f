import { render } from 'preact';
import { extensionUrl } from '../../utils/extension-url';
import { fetchIndexAsset } from '../../utils/index/bundled-asset';
import { App } from './App';
import { createBrowserServices } from './services';
import './style.css';

const root = document.getElementById('app');
if (root) {
  // The popup reads the same index asset as the pages do.
  fetchIndexAsset({ getUrl: extensionUrl }).then(
    (asset) => render(<App index={asset.cards()} services={createBrowserServices()} />, root),
    (error: Error) => {
      root.textContent = error.message;
    },
  );
}
