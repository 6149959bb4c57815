import { quickExitPath } from '@onsplan/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { QuickExit } from './QuickExit.tsx';
import { quickExitLink } from './quick-exit.ts';

describe('QuickExit', () => {
  it('is drawn as a link to the way out, with the look and role of the button, so it leaves before any script runs', () => {
    const html = renderToStaticMarkup(<QuickExit />);
    const [link] = html.match(/<a [^>]*>/) ?? [];
    expect(link).toContain(`href="${quickExitPath}"`);
    expect(link).toContain('role="button"');
    expect(link).toContain('class="nl-button nl-button--primary nl-button--negative onsplan-quick-exit__button"');
    expect(link).toContain('aria-describedby="quick-exit-hint"');
  });
});

describe('the link once the script runs', () => {
  const event = (key?: string) => ({ key: key ?? '', preventDefault: vi.fn() });

  it('a click leaves through the page itself (blank at once, works offline), not the link', () => {
    const leave = vi.fn();
    const click = event();
    quickExitLink(leave).onClick(click);
    expect(click.preventDefault).toHaveBeenCalledOnce();
    expect(leave).toHaveBeenCalledOnce();
  });

  it('Space leaves as on a button; Enter is left to the click it makes, other keys do nothing', () => {
    const leave = vi.fn();
    const { onKeyDown } = quickExitLink(leave);
    const space = event(' ');
    onKeyDown(space);
    expect(space.preventDefault).toHaveBeenCalledOnce();
    for (const key of ['Enter', 'a', 'Tab']) {
      const other = event(key);
      onKeyDown(other);
      expect(other.preventDefault).not.toHaveBeenCalled();
    }
    expect(leave).toHaveBeenCalledOnce();
  });
});
