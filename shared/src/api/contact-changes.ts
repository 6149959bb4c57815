import type { ShieldReason } from './shield-reasons.ts';
import type { ContactField } from '../contact/contact-details.ts';

/** Wire types for "Contactgegevens wijzigen": a member proposes, a professional decides. */

export type ContactChangeStatus = 'voorgesteld' | 'geaccepteerd' | 'afgewezen' | 'vervangen';

/** A proposal; the fields that belong to `field` (see `contactInputFields`). No audience, no shielding: a professional decides that. */
export type NewContactChange =
  | { clientId: string; field: 'adres'; street: string; houseNumber: string; postcode: string; city: string }
  | { clientId: string; field: 'telefoon'; phone: string }
  | { clientId: string; field: 'email'; email: string };

export interface AcceptContactChange {
  /** Members who may never see the new value (afschermen voor …); existing shields always stay. */
  shieldedFrom?: string[];
  /** Why, chosen on purpose; required when `shieldedFrom` adds someone. */
  reason?: ShieldReason;
  /** Required with reason "anders". */
  reasonText?: string;
}

export interface DeclineContactChange {
  /** Why, in words the member understands. */
  reason?: string;
}

export interface ContactChangeView {
  id: string;
  memberId: string;
  memberName?: string;
  field: ContactField;
  /** The proposed value as it is stored and shown ("Lindelaan 12, 3514 BK Utrecht"). */
  value: string;
  /** The value on file now, while the proposal is open and the reader may see it. */
  currentValue?: string;
  status: ContactChangeStatus;
  proposedAt: string;
  proposedBy: { kind: 'member' | 'helper'; isMe: boolean; name?: string; onBehalfOf?: string };
  decision?: { at: string; by: { name: string; jobTitle?: string }; reason?: string };
  /** The value is hidden from one or more members. */
  shielded: boolean;
  /** Professionals only: from whom. */
  shieldedFrom?: { memberId: string; firstName: string }[];
}

export interface ContactChangeList {
  changes: ContactChangeView[];
  /** Whether this reader may hide a new value from more members (the regisseur). */
  mayShield: boolean;
}
