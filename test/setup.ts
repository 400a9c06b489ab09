import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 5 s (default 1 s): whole-app tests on a loaded 2-core CI machine.
configure({ asyncUtilTimeout: 5_000 });

// Without vitest globals Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// jsdom does not lay out, so it has no scrolling; the app scrolls a moved note into view.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};
