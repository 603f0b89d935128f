import { render } from 'preact';

function Popup() {
  const { name, version } = browser.runtime.getManifest();
  return (
    <main>
      <h1>{name}</h1>
      <p data-testid="version">Version {version}</p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
