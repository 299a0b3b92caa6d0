import globalCss from '../app/global.css?inline';

/**
 * The page's colours and helpers, scoped to the component's shadow root: `:root` becomes
 * `:host`, and the host page's font is inherited rather than replaced.
 */
export const hostStyles =
  globalCss.replace(/:root\b/g, ':host').replace(/\bbody\.embed\b[^{]*\{[^}]*\}/g, '') +
  ':host { display: block; margin-block: 1rem; font-family: inherit; background: transparent; }';
