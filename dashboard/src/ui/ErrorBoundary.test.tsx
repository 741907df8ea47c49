import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let broken = true;
function Page() {
  if (broken) throw new Error('o is not a function');
  return <p>page works</p>;
}

describe('ErrorBoundary', () => {
  it('shows a failing page as an error, keeps what is outside, and recovers on retry', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <button type="button">Kill switch</button>
        <ErrorBoundary resetKey="overview">
          <Page />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This page failed: o is not a function');
    expect(screen.getByRole('button', { name: 'Kill switch' })).toBeTruthy();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('page works')).toBeTruthy();
  });
});
