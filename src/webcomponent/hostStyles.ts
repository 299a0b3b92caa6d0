import themeCss from '../app/theme.css?inline';

/**
 * The page's colours and helpers, scoped to the component's shadow root: `:root` becomes
 * `:host`, and the host page's font is inherited rather than replaced.
 */
export const hostStyles =
  themeCss.replace(/:root\b/g, ':host') +
  ':host{display:block;margin-block:1rem;font-family:inherit;background:transparent}';
