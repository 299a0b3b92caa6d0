/**
 * Room kept between a chart's edge and the texts set against it (a bar chart's category labels,
 * a slope chart's end labels): a text cut or laid out to fit its room ends at the edge otherwise,
 * a letter clipped in a downloaded image where the estimate of its width falls short, and out of
 * line with the title above it, which a standalone image insets as much.
 */
export const EDGE_INSET = 16;
