import { release } from '../../../../src/lib/data/datasets/release';
import type { Citation } from '../../../../src/lib/data/citation';

/** The release as the project stores it: CGTN via PR Newswire, Beijing, 22 March 2023, no URL. */
export const releaseCitation: Citation = release.citation;

/** A data set with a real URL (UN Comtrade's database front page). */
export const comtrade: Citation = {
  id: 'un-comtrade',
  kind: 'dataset',
  publisher: 'United Nations Statistics Division',
  title: 'UN Comtrade Database',
  date: '2024',
  url: 'https://comtradeplus.un.org/',
};

/** A news item with a URL, as a row of the annual series quotes one. */
export const tass: Citation = {
  id: 'tass-2020',
  kind: 'news',
  publisher: 'TASS',
  title: 'Russia-China trade hits record',
  date: '2020-01-13',
  url: 'https://tass.com/economy/1178145',
};

/** Every string a user file could make hostile. */
export const hostile: Citation = {
  id: 'user-1',
  kind: 'user-file',
  publisher: 'Me & {you}\n<script>alert(1)</script>',
  title: '}\n@misc{evil,\nER  - \r\nTY  - JOUR',
  date: 'sometime',
  place: 'Here\tand\u2028there',
  url: 'javascript:alert(1)',
};

export const ACCESSED = { accessed: '2024-05-06' };
