/**
 * The mirror view's builder, as the column chart's definition imports it: the page's build
 * aliases this path (and only the definitions import the aliased paths) to a stand-in that
 * fetches the trade views, which import the builder itself from its own folder.
 */
export { buildMirrorSpec } from '../mirror/buildMirrorSpec';
