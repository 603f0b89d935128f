import { ColourKey } from './ColourKey';

export interface WelcomeProps {
  /** Whether the page is shown dark (the colour key matches). */
  dark: boolean;
  /** Command name → its keys now ("" when the reader removed them). */
  shortcuts: Record<string, string>;
}

function Keys({ keys, fallback }: { keys: string | undefined; fallback: string }) {
  const text = keys || fallback;
  return (
    <>
      {text.split('+').map((key, i) => (
        <span key={key}>
          {i > 0 ? '+' : ''}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  );
}

/** The first-run page: what Fact Cards does, that it stays in the browser, and how to steer it. */
export function Welcome({ dark, shortcuts }: WelcomeProps) {
  return (
    <main class="welcome" data-testid="welcome">
      <h1>Welcome to Fact Cards</h1>
      <p class="lead">
        While you read the news, Fact Cards quietly marks the people, organisations and claims its
        index knows, and shows a small card with what the original reporting said, word for word,
        and who published it.
      </p>

      <h2>Nothing leaves your browser</h2>
      <p class="privacy">
        The index ships with the extension and every page is read on your computer. Fact Cards sends
        nothing anywhere: no pages, no history, no account.
      </p>

      <h2>What the marks mean</h2>
      <p>
        Only the first mention of each name is underlined, so a page stays readable (Settings can
        mark every mention). Rest the pointer on a name for half a second to open its card; a claim
        has a small mark where its sentence ends, opened with a click.
      </p>
      <ColourKey dark={dark} />

      <h2>Keyboard</h2>
      <dl class="keys">
        <dt>
          <Keys keys={shortcuts['next-mention']} fallback="Alt+Shift+J" />
        </dt>
        <dd>Next name or claim on the page, with its card</dd>
        <dt>
          <Keys keys={shortcuts['previous-mention']} fallback="Alt+Shift+K" />
        </dt>
        <dd>Previous one</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>Close the card and go back to where you were</dd>
      </dl>

      <h2>Switching it off</h2>
      <p>
        Click the Fact Cards button in the toolbar: <strong>On for this site</strong> turns it off
        for the site you are on, <strong>Pause everywhere</strong> for all of them. On any card,{' '}
        <strong>Not this</strong> hides that name or claim on the site, with an Undo.
      </p>
    </main>
  );
}
