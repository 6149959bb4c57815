import { planSections, type Addressing, type PlanView } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { AddressedAs } from '../../components/AddressedAs/AddressedAs.tsx';
import { PlanItem } from '../../components/PlanItem/PlanItem.tsx';
import { WhoSees } from '../../components/Readers/Readers.tsx';

/**
 * The plan as the member's phone draws it, in the member's own words: "je" for a youth, "u" for an
 * adult or a helper, whatever the professional who looks at it is called.
 */
export function MemberPlanPreview({ plan, addressing, asHelper }: { plan: PlanView; addressing: Addressing; asHelper: boolean }) {
  return (
    <AddressedAs addressing={addressing}>
      <PhonePlan plan={plan} includesYou={!asHelper} />
    </AddressedAs>
  );
}

function PhonePlan({ plan, includesYou }: { plan: PlanView; includesYou: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="onsplan-work-phone">
      <p className="onsplan-work-phone__title">{plan.title}</p>
      <p>{plan.summary}</p>
      {plan.items.length === 0 && <p>{t('plan.empty')}</p>}
      {planSections.map((section) => {
        const items = plan.items.filter((i) => i.section === section);
        if (items.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`ziet-${section}`}>
            <h3 id={`ziet-${section}`}>{t(`plan.section.${section}`)}</h3>
            {items.map((item) => (
              <PlanItem key={item.key} item={item} headingLevel={4}>
                <WhoSees readers={item.readers} includesYou={includesYou} />
              </PlanItem>
            ))}
          </section>
        );
      })}
    </div>
  );
}
