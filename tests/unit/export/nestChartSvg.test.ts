import { describe, expect, it } from 'vitest';
import { inlineCssVariablesInTree } from '../../../src/lib/export/inlineCssVariables';
import { nestChartSvg } from '../../../src/lib/export/nestChartSvg';

const BOX = { x: 0, y: 40, width: 640, height: 360 };

describe('nestChartSvg(markup, box)', () => {
  const cases = [
    {
      name: 'keeps the viewBox and places the svg in the box',
      input: '<svg viewBox="0 0 320 180" width="100%" class="c" style="height:auto"><g/></svg>',
      expected:
        '<svg viewBox="0 0 320 180" width="640" x="0" y="40" height="360" overflow="visible"><g/></svg>',
    },
    {
      name: 'makes a viewBox from a size in user units',
      input: '<svg width="320px" height="180"><g/></svg>',
      expected:
        '<svg width="640" height="360" x="0" y="40" viewBox="0 0 320 180" overflow="visible"><g/></svg>',
    },
    {
      name: 'finds the svg inside the page markup around it',
      input:
        '<!--[--><div class="plot" role="application"><svg viewBox="0 0 1 1"><g/></svg><p>live</p></div>',
      expected:
        '<svg viewBox="0 0 1 1" x="0" y="40" width="640" height="360" overflow="visible"><g/></svg>',
    },
    {
      name: 'wraps markup that has no svg',
      input: '<g><rect width="1"/></g>',
      expected:
        '<svg x="0" y="40" width="640" height="360" viewBox="0 0 640 360" overflow="visible"><g><rect width="1"/></g></svg>',
    },
  ];
  for (const { name, input, expected } of cases)
    it(name, () => expect(nestChartSvg(input, BOX)).toBe(expected));

  it('lets a transform rewrite the tree before it is written', () =>
    expect(
      nestChartSvg('<svg viewBox="0 0 1 1"><text fill="var(--fg)">1</text></svg>', BOX, (tree) =>
        inlineCssVariablesInTree(tree, { fg: '#000' }),
      ),
    ).toContain('<text fill="#000">1</text>'));
});
