// Our <tz-case-list> in controlled mode (`.cases`), cases generated in the page before the clock
// starts. The element renders its first page (page-size, default 50) and offers "show more".
import '@thuiszitters/components/case-list.js';
import type { TzCaseListElement } from '@thuiszitters/components';
import { LIST_TODAY, benchCases } from './caselist-data.js';
import { expose, lateMutations, timeFrame } from './frame.js';

let list: TzCaseListElement | undefined;

expose({
  async firstScreen(count: number, pageSize?: number) {
    const host = document.getElementById('host')!;
    host.replaceChildren();
    const cases = benchCases(count);
    const ms = await timeFrame(async () => {
      list = document.createElement('tz-case-list');
      list.lang = 'nl';
      list.today = LIST_TODAY;
      list.preset = 'open';
      if (pageSize) list.pageSize = pageSize;
      list.cases = cases;
      host.append(list);
      await list.updateComplete;
    });
    const rendered = list!.renderRoot.querySelectorAll('tbody tr').length;
    return { ms, late: await lateMutations(list!.renderRoot), rendered };
  },
});
