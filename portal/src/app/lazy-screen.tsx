import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import { loadAllTexts } from '../i18n.ts';

/**
 * A route of the portal: a screen, or a layout around screens. Only `element`, no `lazy`: the
 * router runs in declarative mode (its data APIs would add about 15 kB to a phone's first screen)
 * and would silently show nothing for a route that only has `lazy`.
 */
export type ScreenRoute = { index: true; element: ReactElement } | { index?: false; path?: string; element?: ReactElement; children?: ScreenRoute[] };

/**
 * A screen whose code, and whatever it needs first (such as its texts), loads when it is first
 * shown. While it loads, the screen before stays (navigations are transitions) or, on a direct
 * visit, the app shell's "starting up" status shows.
 */
export function lazyScreen(load: () => Promise<ComponentType>): ReactElement {
  return createElement(lazyWithTexts(load));
}

/** A component whose code loads when first shown, together with all Dutch texts (the first screen has only its own). */
export function lazyWithTexts<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadAllTexts()]);
    return { default: component };
  });
}
