import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { perFamily, requests } from './WorkTable.examples.ts';
import { WorkTable } from './WorkTable.tsx';

describe('WorkTable', () => {
  it('gives each column a heading with scope col and names each row by its row header', () => {
    const html = renderToStaticMarkup(<WorkTable {...requests} />);
    expect(html.match(/<th scope="col">/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row">Mark</th>');
    expect(html).toContain('<td class="onsplan-deadline--warning">2 december</td>');
    expect(html).not.toContain('data-label');
  });

  it('repeats the heading beside each value only when the table stacks, and shows its caption', () => {
    const html = renderToStaticMarkup(<WorkTable {...perFamily} />);
    expect(html).toContain('class="onsplan-work-table onsplan-work-table--stack"');
    expect(html).toContain('<td data-label="Open">3</td>');
    expect(html).toContain('<caption class="onsplan-work-table__caption">Per gezin</caption>');
  });
});
