import type { FamilyContactList } from '@onsplan/shared';

export interface HelperContactsWords {
  title: string;
  call: (name: string) => string;
  noPhone: string;
  emergency: string;
  emergencyCall: string;
  veiligThuis: string;
  veiligThuisCall: string;
}

/** Digits and a leading + only: what a tel: link dials. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * "Contact met uw hulpverlener": each professional of the family with a link that calls her, her
 * hours, and always 112 and Veilig Thuis. Words come from the caller (B1 for members).
 */
export function HelperContacts({ professionals, words }: { professionals: FamilyContactList['professionals']; words: HelperContactsWords }) {
  return (
    <section className="onsplan-helper-contacts" aria-labelledby="hulpverlener-contact">
      <h2 id="hulpverlener-contact">{words.title}</h2>
      <ul className="onsplan-cards">
        {professionals.map((p) => (
          <li key={p.name} className="onsplan-card">
            <p>
              <strong>{p.name}</strong>
              {(p.jobTitle || p.organisation) && <> ({[p.jobTitle, p.organisation].filter(Boolean).join(', ')})</>}
            </p>
            {p.workPhone ? (
              <p>
                <a className="nl-link" href={telHref(p.workPhone)}>
                  {words.call(p.name.split(' ')[0]!)}: {p.workPhone}
                </a>
              </p>
            ) : (
              <p className="onsplan-meta">{words.noPhone}</p>
            )}
            {p.workHours && <p className="onsplan-meta">{p.workHours}</p>}
          </li>
        ))}
      </ul>
      <p>
        {words.emergency}{' '}
        <a className="nl-link" href="tel:112">
          {words.emergencyCall}
        </a>
      </p>
      <p>
        {words.veiligThuis}{' '}
        <a className="nl-link" href="tel:08002000">
          {words.veiligThuisCall}
        </a>
      </p>
    </section>
  );
}
