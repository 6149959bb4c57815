import { planSections, type PlanView } from '@onsplan/shared';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

/**
 * True from the moment the browser is about to print (the print button, or the browser's own print)
 * until it is done. The sheet is drawn only then, so screen readers and searches on the screen do not
 * meet every item twice.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // flushSync: the browser takes its print picture right after this event, so the sheet must be there.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * "Wie doet wat wanneer" on one printed page (REQUIREMENTS G3): the items this member sees (the
 * server already filtered them), as short tables per part of the plan. Only for print; on the
 * screen the plan itself is shown.
 */
export function PrintSheet({ plan, forName, date }: { plan: PlanView; forName: string; date: string }) {
  const { t } = useTranslation();
  return (
    <section className="onsplan-print-sheet" aria-labelledby="print-sheet-title">
      <h2 id="print-sheet-title" className="onsplan-print-sheet__title">
        {t('plan.printTitle')}
      </h2>
      <p>{t('plan.printFor', { name: forName, number: plan.version.number, date })}</p>
      {planSections.map((section) => {
        const items = plan.items.filter((i) => i.section === section);
        if (!items.length) return null;
        return (
          <table key={section} className="onsplan-print-sheet__table">
            <caption>{t(`plan.section.${section}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.what')}</th>
                <th scope="col">{t('plan.who')}</th>
                <th scope="col">{t('plan.when')}</th>
                <th scope="col">{t('plan.whatIf')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{item.what}</td>
                  <td>{item.who}</td>
                  <td>{item.when}</td>
                  <td>{item.whatIf ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
