import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { LibraryApp } from '../../../entrypoints/library/App';
import { popupIndex } from '../fixtures/popup-index';

afterEach(cleanup);

test('the index page shows the matrix, sources, claims and entities, and searches', () => {
  const onExport = vi.fn();
  render(<LibraryApp index={popupIndex} onExport={onExport} watchTheme={() => () => {}} />);
  const matrix = screen.getByTestId('matrix');
  expect(matrix.querySelectorAll('thead th')).toHaveLength(7);
  const rows = [...matrix.querySelectorAll('tbody tr')];
  // Three outlets, but two relay the first: one independent report, so not corroborated.
  expect(rows[0]?.textContent).toContain('repeatedly accessed');
  expect(rows[0]?.className).not.toContain('row-corroborated');
  expect(rows[0]?.className).toContain('row-disputed');
  const marks = [...(rows[0]?.querySelectorAll('.mark') ?? [])];
  expect(marks).toHaveLength(3);
  // The spun copy's words are labelled in the tooltip, never quoted as the outlet's.
  expect(marks[0]?.getAttribute('title')).toMatch(/^Wording of a synonym-spun copy/);
  expect(marks[1]?.getAttribute('title')).toMatch(/^“Leaked audio files/);
  expect(screen.getByRole('heading', { name: 'Sources' })).toBeTruthy();
  const summaries = screen.getAllByText(/cited from this source/, { selector: 'summary' });
  expect(summaries.map((s) => s.textContent)).toContain('1 claim cited from this source');

  fireEvent.click(screen.getByRole('button', { name: 'Export index (JSON)' }));
  expect(onExport).toHaveBeenCalled();

  fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'projekt texas' } });
  expect(screen.getByRole('status').textContent).toMatch(/1 entities/);
  expect(screen.queryByTestId('matrix')).toBeNull();
  expect(screen.getByRole('heading', { name: /Project Texas/ })).toBeTruthy();
});

test('each entity says whether it is part of the story or a general one it involves', () => {
  render(<LibraryApp index={popupIndex} onExport={vi.fn()} watchTheme={() => () => {}} />);
  const scopeOf = (name: string) =>
    screen
      .getByRole('heading', { name: new RegExp(`^${name}`) })
      .querySelector('[data-testid=entity-scope]')?.textContent;
  expect(scopeOf('Lark')).toBe('story');
  expect(scopeOf('US Senate')).toBe('general');
});
